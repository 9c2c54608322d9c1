import type { EntityManager } from '@mikro-orm/core'
import { ApiError } from '../../../graphql/ApiError.js'
import { SchoolClassEntity, type SchoolClass } from '../schoolClass/schoolClass.entity.js'
import { ChildEntity, type Child } from './child.entity.js'
import { seesClass } from '../access/scopes.js'
import type { Account } from '../user/account.js'

/** A guardian's own children. */
export function findChildren(em: EntityManager, user: Account): Promise<Child[]> {
  return em.find(ChildEntity, { guardians: user.id }, { orderBy: { firstName: 'asc', id: 'asc' } })
}

/** The classes a user may see: a teacher's school's, a coordinator's area's. */
export function findVisibleClasses(em: EntityManager, user: Account): Promise<SchoolClass[]> {
  if (user.role === 'teacher' && user.school) return em.find(SchoolClassEntity, { school: user.school.id }, { orderBy: { name: 'asc' } })
  if (user.role === 'coordinator' && user.area) {
    return em.find(SchoolClassEntity, { school: { area: user.area.id } }, { orderBy: { school: { name: 'asc' }, name: 'asc' } })
  }
  if (user.role === 'admin') return em.find(SchoolClassEntity, {}, { orderBy: { school: { name: 'asc' }, name: 'asc' } })
  throw new ApiError('auth/forbidden', 'Only teachers, coordinators and administrators see classes.')
}

/** The pupils of a class, for its school's teachers and its area's coordinators. */
export async function findPupilsOfClass(em: EntityManager, user: Account, classId: number): Promise<Child[]> {
  const schoolClass = await em.findOne(SchoolClassEntity, { id: classId }, { populate: ['school'] })
  seesClass(user, schoolClass)
  return em.find(ChildEntity, { schoolClass: classId }, { orderBy: { lastName: 'asc', firstName: 'asc' } })
}

/** A child in its school part: placed in a class this school year. The hobby programme serves pupils. */
export type Pupil = Child & { schoolClass: SchoolClass }

export function isPupil<C extends { schoolClass: object | null }>(child: C): child is C & { schoolClass: NonNullable<C['schoolClass']> } {
  return child.schoolClass !== null
}
