import type { EntityManager } from '@mikro-orm/core'
import { ApiError } from '../../../graphql/ApiError.js'
import { isPostgres } from '../../../db/isPostgres.js'
import { asRecords, sqlValue } from '../../../db/insertRows.js'
import { runSql } from '../../../db/runSql.js'
import { MESSAGE_COLUMNS, messageRows, queueMessages, type MessageDraft } from '../../../messages/index.js'
import { SEATS, seatsFree, takeSeats } from '../../seats/index.js'
import { HobbyGroupEntity } from '../hobbyGroup/hobbyGroup.entity.js'
import type { EnrolmentFields } from './enrolment.entity.js'
import type { EnrolmentWrites } from './enrolmentWrites.js'

/**
 * The child's row for the group marked enrolled, in one statement: a new row, or a withdrawn one
 * re-marked; nothing for a row enrolled already. The unique (child, group) index decides between
 * simultaneous requests for the same child: one writes, the rest find the row enrolled.
 */
const MARK_ENROLLED = `on conflict (child_id, group_id) do update set status = 'enrolled' where enrolment.status <> 'enrolled'
  returning id, created_at`

/** The enrolment row MARK_ENROLLED returned. */
interface EnrolledRow {
  id: number
  created_at: string | number | Date
}

/**
 * The enrolment's writes, all or nothing: the child's row marked enrolled, one seat of the group taken
 * (modules/seats' rule), and the guardians' confirmations queued. Refused with
 * `enrolment/already_enrolled` or `enrolment/group_full`, writing nothing. On PostgreSQL the writes of
 * simultaneous requests go in one statement (`writes`, enrolmentWrites).
 */
export async function writeEnrolment(
  em: EntityManager,
  writes: EnrolmentWrites,
  childId: number,
  groupId: number,
  groupName: string,
  now: Date,
  notice: MessageDraft[],
): Promise<EnrolmentFields> {
  const written = isPostgres(em) ? await writes.load({ childId, groupId, now, notice }) : await inTransaction(em, childId, groupId, now, notice)
  if (written === 'full') throw new ApiError('enrolment/group_full', `${groupName} is full.`)
  return enrolmentOf(written, childId, groupId)
}

/** The enrolment a write gave (refused with `enrolment/already_enrolled` when the row was enrolled already). */
export function enrolmentOf(written: EnrolledRow | 'enrolled', childId: number, groupId: number): EnrolmentFields {
  if (written === 'enrolled') throw new ApiError('enrolment/already_enrolled', 'Already enrolled in this group.')
  return { id: Number(written.id), createdAt: new Date(written.created_at), child: { id: childId }, group: { id: groupId }, status: 'enrolled', adults: 0 }
}

/** What a write did: the row it wrote, or nothing, the child being enrolled already or the group full. */
export type Written = EnrolledRow | 'enrolled' | 'full'

/**
 * PostgreSQL, one ask (enrolmentWrites decides many in one statement, and this one only the asks it
 * cannot): one statement, one round trip, its own transaction. `free` locks the group's row if a
 * seat is free (a request that waited for the lock sees the row as its holder left it); the enrolment
 * row is written only then, and the seat taken and the messages queued only if the row was written
 * (not a child enrolled already). The row lock lasts only while the statement runs: in a rush, each
 * group's requests pass through it one by one, and it is held for no round trip.
 */
export async function inOneStatement(em: EntityManager, childId: number, groupId: number, now: Date, notice: MessageDraft[]): Promise<Written> {
  const value = sqlValue(em)
  const [row] = await runSql<{ free: number | string; id: number | null; created_at: Date | string; status: string | null }[]>(
    em,
    `with free as (
       select id from hobby_group where id = ? and ${seatsFree(SEATS, '1')} for no key update
     ), enrolled as (
       insert into enrolment (child_id, group_id, status, created_at)
       select ?, id, 'enrolled', ? from free
       ${MARK_ENROLLED}
     ), seat as (
       update hobby_group set ${SEATS.taken} = ${SEATS.taken} + 1 where id = ? and exists (select 1 from enrolled)
     ), queued as (
       insert into message (${MESSAGE_COLUMNS.join(', ')})
       select ${MESSAGE_COLUMNS.join(', ')} from json_populate_recordset(null::message, cast(? as json))
       where exists (select 1 from enrolled)
       on conflict do nothing
     )
     select (select count(*) from free) as free, enrolled.id, enrolled.created_at,
       (select status from enrolment where child_id = ? and group_id = ?) as status
     from (select 1) as one left join enrolled on true`,
    // The confirmations as one JSON parameter of outbox rows, as insertRows sends them.
    [groupId, childId, value(now), groupId, JSON.stringify(asRecords(MESSAGE_COLUMNS, messageRows(notice, now))), childId, groupId],
    'all',
    { prepared: true },
  )
  if (row.id !== null) return { id: row.id, created_at: row.created_at }
  return row.status === 'enrolled' || Number(row.free) > 0 ? 'enrolled' : 'full'
}

/** SQLite (one writer at a time): the same writes in a transaction, the seat last. */
async function inTransaction(em: EntityManager, childId: number, groupId: number, now: Date, notice: MessageDraft[]): Promise<Written> {
  try {
    return await em.transactional(async (tx) => {
      const written = await holdEnrolment(tx, childId, groupId, now)
      if (written === 'enrolled') return written
      await queueMessages(tx, notice, now)
      if (!(await takeSeats(tx, HobbyGroupEntity, groupId))) throw FULL
      return written
    })
  } catch (error) {
    if (error === FULL) return 'full'
    throw error
  }
}

const FULL = new Error('the group is full')

/**
 * The child's row for the group marked enrolled (MARK_ENROLLED) in the caller's transaction, or
 * `'enrolled'` when it was already (the caller's transaction then gives back whatever it took).
 */
export async function holdEnrolment(tx: EntityManager, childId: number, groupId: number, now: Date): Promise<EnrolledRow | 'enrolled'> {
  const rows = await runSql<EnrolledRow[]>(tx, `insert into enrolment (child_id, group_id, status, created_at) values (?, ?, 'enrolled', ?) ${MARK_ENROLLED}`, [
    childId,
    groupId,
    sqlValue(tx)(now),
  ])
  return rows[0] ?? 'enrolled'
}
