import type { EntityManager } from '@mikro-orm/core'
import { ApiError } from '../../../graphql/ApiError.js'
import { runSql } from '../../../db/runSql.js'
import { groupByKey } from '../../../graphql/groupByKey.js'
import { ADULT_PLACES, HobbyGroupEntity, type HobbyGroup } from '../hobbyGroup/hobbyGroup.entity.js'
import { ineligibility } from './ineligibility.js'
import { enrolmentNotice, enrolmentNoticeOf } from './enrolmentMessages.js'
import { queueMessages } from '../../../messages/index.js'
import { EnrolmentEntity, type Enrolment } from './enrolment.entity.js'
import { releaseSeats, takeSeats } from '../../seats/index.js'
import { type Child, guardsChild, type User } from '../../people/index.js'

function checkEligible(pupil: Child, group: HobbyGroup): void {
  const reason = ineligibility(pupil, group)
  if (reason) throw new ApiError('enrolment/not_eligible', reason)
}

/**
 * A guardian takes a free seat for their child, first come first served: the enrolment row, the
 * guardians' confirmation and the seat (modules/seats) in one transaction. Everything is read before
 * it, and the seat is taken last, so the group's row is locked only from that update to the commit:
 * in a rush, each group's requests pass one by one through that lock.
 */
export async function enrol(em: EntityManager, user: User, childId: number, groupId: number): Promise<Enrolment> {
  const pupil = await guardsChild(em, user, childId)
  const group = await em.findOne(HobbyGroupEntity, { id: groupId }, { populate: ['club'] })
  if (!group) throw new ApiError('not_found', `No hobby group ${groupId}.`)
  checkEligible(pupil, group)
  const now = new Date()
  const notice = await enrolmentNoticeOf(em, pupil, group, now)
  return em.transactional(async (tx) => {
    const enrolment = await holdEnrolment(tx, pupil.id, group.id, now)
    await queueMessages(tx, notice, now)
    if (!(await takeSeats(tx, HobbyGroupEntity, group.id))) throw new ApiError('enrolment/group_full', `${group.name} is full.`)
    return enrolment
  })
}

/**
 * Records that a child holds a seat in a group (the seat itself is taken by the caller, in the same
 * transaction), and queues the guardians' confirmation.
 */
export async function markEnrolled(tx: EntityManager, childId: number, groupId: number, now: Date): Promise<Enrolment> {
  await queueMessages(tx, await enrolmentNotice(tx, childId, groupId, now), now)
  return holdEnrolment(tx, childId, groupId, now)
}

/**
 * The child's row for the group, marked enrolled in one statement: a new row, or a withdrawn one
 * re-marked. The unique (child, group) index decides between simultaneous requests for the same child:
 * one writes, the rest find the row enrolled and are told `enrolment/already_enrolled` (their
 * transactions then give back whatever they took).
 */
async function holdEnrolment(tx: EntityManager, childId: number, groupId: number, now: Date): Promise<Enrolment> {
  const rows = await runSql<{ id: number; created_at: string | number | Date }[]>(
    tx,
    `insert into enrolment (child_id, group_id, status, created_at) values (?, ?, 'enrolled', ?)
       on conflict (child_id, group_id) do update set status = 'enrolled' where enrolment.status <> 'enrolled'
       returning id, created_at`,
    [childId, groupId, tx.getPlatform().processDateProperty(now)],
  )
  if (rows.length === 0) throw new ApiError('enrolment/already_enrolled', 'Already enrolled in this group.')
  const fields = { id: Number(rows[0].id), child: childId, group: groupId, status: 'enrolled' as const, createdAt: new Date(rows[0].created_at) }
  return tx.create(EnrolmentEntity, fields, { managed: true })
}

/** A guardian withdraws their child; the seat is free again at once. */
export async function withdraw(em: EntityManager, user: User, enrolmentId: number): Promise<Enrolment> {
  const enrolment = await em.findOne(EnrolmentEntity, { id: enrolmentId })
  await guardsChild(em, user, enrolment?.child.id ?? -1)
  if (!enrolment || enrolment.status !== 'enrolled') throw new ApiError('enrolment/not_enrolled', 'This enrolment is not active.')
  return em.transactional(async (tx) => {
    const changed = await tx.nativeUpdate(EnrolmentEntity, { id: enrolment.id, status: 'enrolled' }, { status: 'withdrawn' })
    if (changed === 0) throw new ApiError('enrolment/not_enrolled', 'This enrolment is not active.')
    await releaseSeats(tx, HobbyGroupEntity, enrolment.group.id)
    // The family's adult leaves with the child: the adult place is free again too.
    if (await tx.nativeUpdate(EnrolmentEntity, { id: enrolment.id, adults: 1 }, { adults: 0 }))
      await releaseSeats(tx, HobbyGroupEntity, enrolment.group.id, 1, ADULT_PLACES)
    enrolment.status = 'withdrawn'
    enrolment.adults = 0
    return enrolment
  })
}

/** Enrolments of many children in one query (for the dataloader). */
export async function enrolmentsOfChildren(em: EntityManager, childIds: readonly number[]): Promise<Enrolment[][]> {
  const rows = await em.find(EnrolmentEntity, { child: { $in: [...childIds] } }, { orderBy: { id: 'asc' } })
  return groupByKey(childIds, rows, (row) => row.child.id)
}
