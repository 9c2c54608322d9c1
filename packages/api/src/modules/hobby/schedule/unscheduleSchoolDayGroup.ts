import type { EntityManager } from '@mikro-orm/core'
import { ApiError } from '../../../graphql/ApiError.js'
import type { SchoolClass, Account } from '../../people/index.js'
import { ClassActivityEntity } from './classActivity.entity.js'
import { findTaughtClass } from './scheduleSchoolDayGroup.js'

/**
 * A teacher takes a school-day group out of a class's timetable: when the class's lessons have moved
 * onto it, or the class stops taking part. The group and its enrolments stay; the class's pupils are
 * no longer free for it during school.
 */
export async function unscheduleSchoolDayGroup(em: EntityManager, user: Account, classId: number, groupId: number): Promise<SchoolClass> {
  const schoolClass = await findTaughtClass(em, user, classId)
  const removed = await em.nativeDelete(ClassActivityEntity, { schoolClass: classId, group: groupId })
  if (removed === 0) throw new ApiError('not_found', `Group ${groupId} is not in the timetable of class ${classId}.`)
  return schoolClass
}
