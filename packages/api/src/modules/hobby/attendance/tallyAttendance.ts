import type { EntityManager } from '@mikro-orm/core'
import { selectByIds } from '../../../db/selectByIds.js'

export interface Tally {
  attended: number
  recorded: number
}

/**
 * Meetings attended and recorded, per enrolment id (enrolments without marks have none), counted by
 * the database: a city's term of weekly marks is hundreds of thousands of rows.
 */
export async function tallyAttendance(em: EntityManager, enrolmentIds: readonly number[]): Promise<Map<number, Tally>> {
  const rows = await selectByIds<{ enrolment_id: number; attended: number | string; recorded: number | string }>(
    em,
    (ids) => `select enrolment_id, sum(case when present then 1 else 0 end) as attended, count(*) as recorded
      from attendance where enrolment_id in (${ids}) group by enrolment_id`,
    enrolmentIds,
  )
  return new Map(rows.map((row) => [Number(row.enrolment_id), { attended: Number(row.attended), recorded: Number(row.recorded) }]))
}
