import { ClassActivityEntity } from '../schedule/classActivity.entity.js'
import { findClashes } from '../schedule/findClashes.js'
import { lockRow } from '../../../db/lockRow.js'
import type { WeeklySpan } from '@mukana/matcher'
import type { EntityManager, FilterQuery } from '@mikro-orm/core'
import { ApiError } from '../../../graphql/ApiError.js'
import { fieldIssue } from '../../../graphql/fieldIssue.js'
import { tellSessionsChanged } from './sessionsChangedNotice.js'
import { translationsOf } from '../../../graphql/translations.js'
import { ActivityEntity } from '../activity/activity.entity.js'
import { ClubEntity } from '../club/club.entity.js'
import { ADULT_PLACES, HobbyGroupEntity, type HobbyGroup, type HobbyGroupKind } from './hobbyGroup.entity.js'
import type { CreateHobbyGroupInput, HobbyGroupFilter } from './hobbyGroup.input.js'
import { validateHobbyGroupInput } from './validateHobbyGroupInput.js'
import { setCapacity } from '../../seats/index.js'
import { SchoolClassEntity, SchoolEntity, staffsClub, type Account } from '../../people/index.js'

/** The public catalogue: every group, or those of an area, a school or a club. */
export function findHobbyGroups(em: EntityManager, filter: HobbyGroupFilter = {}): Promise<HobbyGroup[]> {
  const where: FilterQuery<HobbyGroup> = {}
  if (filter.clubId) where.club = Number(filter.clubId)
  if (filter.schoolId) where.school = Number(filter.schoolId)
  if (filter.areaId) where.school = { area: Number(filter.areaId) }
  return em.find(HobbyGroupEntity, where, { orderBy: { name: 'asc', id: 'asc' } })
}

/** Everything wrong with the input, including an activity missing from the catalogue; refuses when anything is. */
async function checkInput(em: EntityManager, input: CreateHobbyGroupInput): Promise<void> {
  const issues = validateHobbyGroupInput(input)
  if (issues.length === 0 && !(await em.findOne(ActivityEntity, { code: input.activity }))) {
    issues.push(fieldIssue('activity', 'unknown', { got: input.activity }))
  }
  if (input.schoolId && !(await em.findOne(SchoolEntity, { id: Number(input.schoolId) })))
    issues.push(fieldIssue('schoolId', 'unknown', { got: input.schoolId }))
  if (issues.length > 0) throw ApiError.invalid(issues)
}

/** The group's fields as the input gives them (all but the club and the seats taken). */
function fieldsOf(input: CreateHobbyGroupInput) {
  return {
    school: input.schoolId ? Number(input.schoolId) : null,
    name: input.name.trim(),
    activity: input.activity,
    description: input.description ?? '',
    ...translationsOf(input),
    venue: input.venue ?? '',
    capacity: input.capacity,
    girlsReservedSeats: input.girlsReservedSeats ?? 0,
    girlsOnly: input.girlsOnly ?? false,
    familyGroup: input.familyGroup ?? false,
    grades: input.grades,
    kind: input.kind as HobbyGroupKind,
    term: input.term,
    sessions: input.sessions.map(({ day, start, end }) => ({ day, start, end })) as HobbyGroup['sessions'],
  }
}

/** Club staff publish groups of their own club. Nothing is stored unless the whole input is valid. */
export async function createHobbyGroup(em: EntityManager, user: Account, input: CreateHobbyGroupInput): Promise<HobbyGroup> {
  staffsClub(user, Number(input.clubId))
  await checkInput(em, input)
  const club = await em.findOne(ClubEntity, { id: Number(input.clubId) })
  if (!club) throw new ApiError('not_found', `No club ${input.clubId}.`)
  const group = em.create(HobbyGroupEntity, { club, ...fieldsOf(input), seatsTaken: 0, adultPlaces: input.adultPlaces ?? 0, adultsTaken: 0 })
  await em.flush()
  return group
}

/**
 * Club staff change a group of their club. The capacity never drops below the seats already taken:
 * the check and the change are one conditional update, so an enrolment arriving meanwhile cannot slip in.
 */
/**
 * A school-day group already placed into classes' timetables may change its sessions only where they
 * still fit each of those classes (their lessons and other activities): otherwise the change is
 * refused, naming the classes, so that the club asks their teachers first. Each class's row is
 * locked, as a teacher's placement locks it, so a placement and a change cannot cross.
 */
async function checkPlacedTimetables(tx: EntityManager, group: HobbyGroup, sessions: readonly WeeklySpan[]): Promise<void> {
  const placements = await tx.find(ClassActivityEntity, { group: group.id }, { populate: ['schoolClass'] })
  const clashing: string[] = []
  for (const { schoolClass } of placements) {
    await lockRow(tx, SchoolClassEntity, schoolClass.id)
    const others = await tx.find(ClassActivityEntity, { schoolClass: schoolClass.id, group: { $ne: group.id } }, { populate: ['group'] })
    const clashes = findClashes(
      { id: group.id, sessions },
      schoolClass.lessons,
      others.map((activity) => activity.group),
    )
    if (clashes.length > 0) clashing.push(schoolClass.name)
  }
  if (clashing.length > 0)
    throw new ApiError(
      'schedule/conflict',
      `The new sessions clash with the timetable of ${clashing.join(', ')}, where the group is placed: ask their teachers to take it out first.`,
    )
}

export async function updateHobbyGroup(em: EntityManager, user: Account, groupId: number, input: CreateHobbyGroupInput, now = new Date()): Promise<HobbyGroup> {
  const group = await em.findOne(HobbyGroupEntity, { id: groupId })
  if (!group) throw new ApiError('not_found', `No hobby group ${groupId}.`)
  staffsClub(user, group.club.id)
  if (Number(input.clubId) !== group.club.id) throw ApiError.invalid([fieldIssue('clubId', 'not_allowed')])
  await checkInput(em, input)
  await em.transactional(async (tx) => {
    const changed = await setCapacity(tx, HobbyGroupEntity, groupId, input.capacity)
    if (!changed) {
      const { seatsTaken } = await tx.findOneOrFail(HobbyGroupEntity, { id: groupId }, { refresh: true })
      throw ApiError.invalid([fieldIssue('capacity', 'below_taken', { taken: seatsTaken })])
    }
    if (!(await setCapacity(tx, HobbyGroupEntity, groupId, input.adultPlaces ?? 0, ADULT_PLACES))) {
      const { adultsTaken } = await tx.findOneOrFail(HobbyGroupEntity, { id: groupId }, { refresh: true })
      throw ApiError.invalid([fieldIssue('adultPlaces', 'below_taken', { taken: adultsTaken })])
    }
    const fresh = await tx.findOneOrFail(HobbyGroupEntity, { id: groupId }, { refresh: true, populate: ['club'] })
    await checkPlacedTimetables(tx, fresh, fieldsOf(input).sessions)
    const before = { sessions: [...fresh.sessions], venue: fresh.venue }
    tx.assign(fresh, fieldsOf(input))
    await tellSessionsChanged(tx, before, fresh, now)
  })
  return em.findOneOrFail(HobbyGroupEntity, { id: groupId }, { refresh: true })
}
