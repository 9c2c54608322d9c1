import type { EntityManager, FilterQuery } from '@mikro-orm/core'
import { ApiError } from '../../graphql/ApiError.js'
import { ActivityEntity } from '../activity/activity.entity.js'
import { ClubEntity } from '../club/club.entity.js'
import { SchoolEntity } from '../school/school.entity.js'
import type { User } from '../user/user.entity.js'
import { HobbyGroupEntity, type HobbyGroup, type HobbyGroupKind } from './hobbyGroup.entity.js'
import type { CreateHobbyGroupInput, HobbyGroupFilter } from './hobbyGroup.input.js'
import { validateHobbyGroupInput } from './validateHobbyGroupInput.js'

/** The public catalogue: every group, or those of an area, a school or a club. */
export function findHobbyGroups(em: EntityManager, filter: HobbyGroupFilter = {}): Promise<HobbyGroup[]> {
  const where: FilterQuery<HobbyGroup> = {}
  if (filter.clubId) where.club = Number(filter.clubId)
  if (filter.schoolId) where.school = Number(filter.schoolId)
  if (filter.areaId) where.school = { area: Number(filter.areaId) }
  return em.find(HobbyGroupEntity, where, { orderBy: { name: 'asc', id: 'asc' } })
}

/** Club staff publish groups of their own club. Nothing is stored unless the whole input is valid. */
export async function createHobbyGroup(em: EntityManager, user: User, input: CreateHobbyGroupInput): Promise<HobbyGroup> {
  if (user.role !== 'club' || user.club?.id !== Number(input.clubId)) {
    throw new ApiError('auth/forbidden', 'Only staff of this club can publish its groups.')
  }
  const issues = validateHobbyGroupInput(input)
  if (issues.length === 0 && !(await em.findOne(ActivityEntity, { code: input.activity }))) {
    issues.push({ field: 'activity', message: `"${input.activity}" is not in the activity catalogue` })
  }
  if (issues.length > 0) throw ApiError.invalid(issues)
  const club = await em.findOne(ClubEntity, { id: Number(input.clubId) })
  if (!club) throw new ApiError('not_found', `No club ${input.clubId}.`)
  const school = input.schoolId ? await em.findOne(SchoolEntity, { id: Number(input.schoolId) }) : null
  if (input.schoolId && !school) throw ApiError.invalid([{ field: 'schoolId', message: `no school ${input.schoolId}` }])
  const group = em.create(HobbyGroupEntity, {
    club,
    school,
    name: input.name.trim(),
    activity: input.activity,
    description: input.description ?? '',
    venue: input.venue ?? '',
    capacity: input.capacity,
    girlsReservedSeats: input.girlsReservedSeats ?? 0,
    girlsOnly: input.girlsOnly ?? false,
    familyGroup: input.familyGroup ?? false,
    grades: input.grades,
    kind: input.kind as HobbyGroupKind,
    term: input.term,
    sessions: input.sessions.map(({ day, start, end }) => ({ day, start, end })) as HobbyGroup['sessions'],
    seatsTaken: 0,
  })
  await em.flush()
  return group
}
