import type { EntityManager } from '@mikro-orm/core'
import { AttendanceEntity } from './attendance.entity.js'

export interface Tally {
  attended: number
  recorded: number
}

/** Meetings attended and recorded, per enrolment id, in one query (enrolments without marks have none). */
export async function tallyAttendance(em: EntityManager, enrolmentIds: readonly number[]): Promise<Map<number, Tally>> {
  const marks = await em.find(AttendanceEntity, { enrolment: { $in: [...enrolmentIds] } })
  const tally = new Map<number, Tally>()
  for (const mark of marks) {
    const counts = tally.get(mark.enrolment.id) ?? { attended: 0, recorded: 0 }
    counts.attended += mark.present ? 1 : 0
    counts.recorded++
    tally.set(mark.enrolment.id, counts)
  }
  return tally
}
