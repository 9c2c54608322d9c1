import type { WeeklySpan } from '@mukana/matcher'
import type { EntityManager } from '@mikro-orm/core'
import { ApiError } from '../../../graphql/ApiError.js'
import { fieldIssue } from '../../../graphql/fieldIssue.js'
import { HobbyGroupEntity } from '../hobbyGroup/hobbyGroup.entity.js'
import { ClassActivityEntity, type ClassActivity } from './classActivity.entity.js'
import { findClashes } from './findClashes.js'
import { type SchoolClass, SchoolClassEntity, teachesClass, type Account } from '../../people/index.js'
import { lockRow } from '../../../db/lockRow.js'

const show = (span: WeeklySpan): string => `${span.day} ${span.start}–${span.end}`

/** The class, if the user teaches at its school. */
export async function findTaughtClass(em: EntityManager, user: Account, classId: number): Promise<SchoolClass> {
  const schoolClass = await em.findOne(SchoolClassEntity, { id: classId }, { populate: ['school'] })
  teachesClass(user, schoolClass)
  return schoolClass
}

/**
 * A teacher places a school-day group, meeting at their school, into a class's timetable at the group's
 * sessions. A session that clashes with a lesson or with another activity of the class is refused,
 * naming what it clashes with.
 */
export async function scheduleSchoolDayGroup(em: EntityManager, user: Account, classId: number, groupId: number): Promise<ClassActivity> {
  const schoolClass = await findTaughtClass(em, user, classId)
  const group = await em.findOne(HobbyGroupEntity, { id: groupId })
  if (!group) throw new ApiError('not_found', `No hobby group ${groupId}.`)
  if (group.kind !== 'school-day' || group.school?.id !== schoolClass.school.id) {
    throw ApiError.invalid([fieldIssue('groupId', 'not_allowed')])
  }
  // One placement into a class at a time: two teachers placing clashing groups at once cannot both pass the check.
  return em.transactional(async (tx) => {
    await lockRow(tx, SchoolClassEntity, schoolClass.id)
    const planned = await tx.find(ClassActivityEntity, { schoolClass: classId }, { populate: ['group'] })
    if (planned.some((activity) => activity.group.id === groupId)) throw new ApiError('schedule/conflict', `${group.name} is already in the timetable.`)
    const [clash] = findClashes(
      group,
      schoolClass.lessons,
      planned.map((activity) => activity.group),
    )
    if (clash) {
      const met = clash.lesson ? `the lesson ${show(clash.lesson)}` : clash.activity!.name
      throw new ApiError('schedule/conflict', `${group.name} (${show(clash.session)}) clashes with ${met}.`)
    }
    return tx.create(ClassActivityEntity, { schoolClass, group })
  })
}
