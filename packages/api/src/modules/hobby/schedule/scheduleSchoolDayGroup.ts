import { parseClock, type WeeklySpan } from '@mukana/matcher'
import type { EntityManager } from '@mikro-orm/core'
import { ApiError } from '../../../graphql/ApiError.js'
import { HobbyGroupEntity } from '../hobbyGroup/hobbyGroup.entity.js'
import { SchoolClassEntity, type SchoolClass } from '../../people/schoolClass/schoolClass.entity.js'
import type { User } from '../../people/user/user.entity.js'
import { ClassActivityEntity, type ClassActivity } from './classActivity.entity.js'
import { teachesClass } from '../../people/access/scopes.js'

const overlap = (a: WeeklySpan, b: WeeklySpan): boolean =>
  a.day === b.day && (parseClock(a.start) as number) < (parseClock(b.end) as number) && (parseClock(b.start) as number) < (parseClock(a.end) as number)

const show = (span: WeeklySpan): string => `${span.day} ${span.start}–${span.end}`

/** The class, if the user teaches at its school. */
export async function findTaughtClass(em: EntityManager, user: User, classId: number): Promise<SchoolClass> {
  const schoolClass = await em.findOne(SchoolClassEntity, { id: classId }, { populate: ['school'] })
  teachesClass(user, schoolClass)
  return schoolClass
}

/**
 * A teacher places a school-day group, meeting at their school, into a class's timetable at the group's
 * sessions. A session that clashes with a lesson or with another activity of the class is refused,
 * naming what it clashes with.
 */
export async function scheduleSchoolDayGroup(em: EntityManager, user: User, classId: number, groupId: number): Promise<ClassActivity> {
  const schoolClass = await findTaughtClass(em, user, classId)
  const group = await em.findOne(HobbyGroupEntity, { id: groupId })
  if (!group) throw new ApiError('not_found', `No hobby group ${groupId}.`)
  if (group.kind !== 'school-day' || group.school?.id !== schoolClass.school.id) {
    throw ApiError.invalid([{ field: 'groupId', message: `${group.name} is not a school-day group of ${schoolClass.school.name}` }])
  }
  const planned = await em.find(ClassActivityEntity, { schoolClass: classId }, { populate: ['group'] })
  if (planned.some((activity) => activity.group.id === groupId)) throw new ApiError('schedule/conflict', `${group.name} is already in the timetable.`)
  for (const session of group.sessions) {
    const lesson = schoolClass.lessons.find((l) => overlap(l, session))
    if (lesson) throw new ApiError('schedule/conflict', `${group.name} (${show(session)}) clashes with the lesson ${show(lesson)}.`)
    const other = planned.find((activity) => activity.group.sessions.some((s) => overlap(s, session)))
    if (other) throw new ApiError('schedule/conflict', `${group.name} (${show(session)}) clashes with ${other.group.name}.`)
  }
  const activity = em.create(ClassActivityEntity, { schoolClass, group })
  await em.flush()
  return activity
}
