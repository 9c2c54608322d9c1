/**
 * Scopes: what a signed-in role may reach, beyond the role itself (which `@Authorized` checks).
 *
 * Terminology: a coordinator *coordinates* an area, a teacher *teaches* at a school (and so its
 * classes), club staff *staff* a club, institution staff *staff* an institution, and a guardian
 * *guards* their own children. Each check refuses with `auth/forbidden`, the same whether the thing
 * asked for is another's or does not exist, so that a refusal tells nothing of other people's data.
 */
import type { EntityManager } from '@mikro-orm/core'
import { ApiError } from '../../../graphql/ApiError.js'
import { ChildEntity, type Child } from '../child/child.entity.js'
import type { Account } from '../user/account.js'

/** A coordinator of this area. */
export function coordinatesArea(user: Account, areaId: number): void {
  if (user.role !== 'coordinator' || user.area?.id !== areaId) throw new ApiError('auth/forbidden', "Only the area's coordinators can do this.")
}

/** An administrator anywhere, or a coordinator of this area: who keeps its schools, classes and class lists. */
export function administersArea(user: Account, areaId: number): void {
  if (user.role !== 'admin') coordinatesArea(user, areaId)
}

/** A teacher at the school of this class (null: no such class). */
export function teachesClass<C extends { school: { id: number } }>(user: Account, schoolClass: C | null): asserts schoolClass is C {
  if (user.role !== 'teacher' || !schoolClass || user.school?.id !== schoolClass.school.id)
    throw new ApiError('auth/forbidden', "Only the school's teachers can do this.")
}

/** A teacher at the class's school, or a coordinator of its area: who may see its pupils. */
export function seesClass<C extends { school: { id: number; area: { id: number } } }>(user: Account, schoolClass: C | null): asserts schoolClass is C {
  const allowed =
    schoolClass !== null &&
    ((user.role === 'teacher' && user.school?.id === schoolClass.school.id) || (user.role === 'coordinator' && user.area?.id === schoolClass.school.area.id))
  if (!allowed) throw new ApiError('auth/forbidden', 'This class is not yours to see.')
}

/** Staff of this club. */
export function staffsClub(user: Account, clubId: number): void {
  if (user.role !== 'club' || user.club?.id !== clubId) throw new ApiError('auth/forbidden', "Only the club's staff can do this.")
}

/** The institution the user is staff of; `institutionId` given, staff of that one. */
export function staffedInstitution(user: Account, institutionId?: number): number {
  const own = user.role === 'institution' ? user.institution?.id : undefined
  if (own === undefined || (institutionId !== undefined && institutionId !== own))
    throw new ApiError('auth/forbidden', "Only the institution's staff can do this.")
  return own
}

/** The child, with its class (and the class's school) and track, if the user is one of its guardians. */
export async function guardsChild(em: EntityManager, user: Account, childId: number): Promise<Child> {
  const child =
    user.role === 'guardian' ? await em.findOne(ChildEntity, { id: childId, guardians: user.id }, { populate: ['schoolClass.school', 'track'] }) : null
  if (!child) throw new ApiError('auth/forbidden', 'Only a guardian of this child can do this.')
  return child
}
