import type { EntityManager } from '@mikro-orm/core'
import type DataLoader from 'dataloader'
import { batchAcrossRequests } from '../../../db/batchAcrossRequests.js'
import { asRecords } from '../../../db/insertRows.js'
import { runSql } from '../../../db/runSql.js'
import { MESSAGE_COLUMNS, messageRows, type MessageDraft } from '../../../messages/index.js'
import { SEATS, seatsFree } from '../../seats/index.js'
import { inOneStatement, type Written } from './writeEnrolment.js'

/** One request's write: the child into the group, and the guardians' confirmations if it is written. */
export interface EnrolmentWrite {
  childId: number
  groupId: number
  now: Date
  notice: MessageDraft[]
}

/** The enrolments' writes on PostgreSQL, shared by a process's requests. */
export type EnrolmentWrites = DataLoader<EnrolmentWrite, Written>

/**
 * All the asks of a batch in one statement, each decided as writeEnrolment's one-ask statement decides it.
 * `seats` locks the asked groups' rows in id order (two batches never wait on each other in a circle) and
 * reads their counts as the last holder left them. Asks are taken in the batch's order: an ask for a
 * child enrolled already, or asked earlier in the batch, gets no seat; the rest of each group's asks are
 * numbered, and those whose number still fits (the seat rule, modules/seats) are written. Only the rows
 * actually written take seats and queue messages: a row enrolled meanwhile by another statement (the
 * unique index decides) takes nothing.
 */
const WRITE_ASKS = `with ask as (
    select * from json_to_recordset(cast(? as json)) as a (ask integer, child_id integer, group_id integer, created_at timestamptz, messages json)
  ), seats as materialized (
    select id, ${SEATS.capacity}, ${SEATS.taken} from hobby_group where id in (select group_id from ask) order by id for no key update
  ), fresh as (
    select distinct on (a.child_id, a.group_id) a.* from ask a
    where not exists (select 1 from enrolment e where e.child_id = a.child_id and e.group_id = a.group_id and e.status = 'enrolled')
    order by a.child_id, a.group_id, a.ask
  ), granted as (
    select f.* from (select fresh.*, row_number() over (partition by group_id order by ask) as place from fresh) f
    join seats on seats.id = f.group_id where ${seatsFree(SEATS, 'f.place')}
  ), enrolled as (
    insert into enrolment (child_id, group_id, status, created_at)
    select child_id, group_id, 'enrolled', created_at from granted order by ask
    on conflict (child_id, group_id) do update set status = 'enrolled' where enrolment.status <> 'enrolled'
    returning id, child_id, group_id, created_at
  ), seat as (
    update hobby_group set ${SEATS.taken} = ${SEATS.taken} + n.count
    from (select group_id, count(*) as count from enrolled group by group_id) n where hobby_group.id = n.group_id
  ), queued as (
    insert into message (${MESSAGE_COLUMNS.join(', ')})
    select ${MESSAGE_COLUMNS.map((column) => `m.${column}`).join(', ')}
    from granted join enrolled using (child_id, group_id), json_populate_recordset(null::message, granted.messages) m
    on conflict do nothing
  )
  select a.ask, fresh.ask as first_ask, granted.ask is not null as granted, enrolled.id, enrolled.created_at
  from ask a
  left join fresh on fresh.child_id = a.child_id and fresh.group_id = a.group_id
  left join granted on granted.ask = a.ask
  left join enrolled on granted.ask is not null and enrolled.child_id = a.child_id and enrolled.group_id = a.group_id`

interface AskRow {
  ask: number
  first_ask: number | null
  granted: boolean
  id: number | null
  created_at: Date | string | null
}

/** An ask to decide again on its own: its group's seat went to nothing in the batch (see below). */
const AGAIN = 'again'

/**
 * Writes the enrolments of requests that come at once (PostgreSQL), in one statement: in a rush, one
 * round trip and one commit for a batch instead of one per request. An ask is decided alone, by
 * writeEnrolment's one-ask statement, when the batch cannot say for sure: its group had a seat numbered
 * for an ask whose row another statement wrote meanwhile (that seat stayed free), or the batch failed
 * (then each of its asks gets its own answer, or error).
 */
export function enrolmentWrites(newEm: () => EntityManager): EnrolmentWrites {
  return batchAcrossRequests(async (writes: readonly EnrolmentWrite[]) => {
    const em = newEm()
    let decided: (Written | typeof AGAIN)[]
    try {
      decided = decide(await runSql<AskRow[]>(em, WRITE_ASKS, [askDocument(writes)], 'all', { prepared: true }), writes)
    } catch {
      decided = writes.map(() => AGAIN)
    }
    const answers: (Written | Error)[] = []
    for (const [i, outcome] of decided.entries()) {
      const { childId, groupId, now, notice } = writes[i]
      answers.push(outcome === AGAIN ? await inOneStatement(em, childId, groupId, now, notice).catch((error: Error) => error) : outcome)
    }
    return answers
  })
}

/** The asks as one JSON parameter, each with its confirmations' outbox rows. */
function askDocument(writes: readonly EnrolmentWrite[]): string {
  return JSON.stringify(
    writes.map(({ childId, groupId, now, notice }, ask) => ({
      ask,
      child_id: childId,
      group_id: groupId,
      created_at: now,
      messages: asRecords(MESSAGE_COLUMNS, messageRows(notice, now)),
    })),
  )
}

/** Each ask's outcome from the statement's rows. */
function decide(rows: AskRow[], writes: readonly EnrolmentWrite[]): (Written | typeof AGAIN)[] {
  const byAsk = new Map(rows.map((row) => [Number(row.ask), row]))
  // Groups where a numbered seat went to a row written meanwhile: their refused asks are decided again.
  const wasted = new Set(rows.filter((row) => row.granted && row.id === null).map((row) => writes[Number(row.ask)].groupId))
  const outcomes: (Written | typeof AGAIN)[] = []
  for (const [ask, write] of writes.entries()) {
    const row = byAsk.get(ask)!
    if (row.id !== null) outcomes.push({ id: Number(row.id), created_at: row.created_at! })
    else if (row.granted || row.first_ask === null) outcomes.push('enrolled')
    else if (Number(row.first_ask) !== ask) {
      // The same child asked earlier in the batch: enrolled now, unless that ask found the group full.
      const first = outcomes[Number(row.first_ask)]
      outcomes.push(first === 'full' || first === AGAIN ? first : 'enrolled')
    } else outcomes.push(wasted.has(write.groupId) ? AGAIN : 'full')
  }
  return outcomes
}
