import type { EntityManager } from '@mikro-orm/core'
import { ApiError } from '../../graphql/ApiError.js'
import { SchoolClassEntity, type SchoolClass } from '../schoolClass/schoolClass.entity.js'
import type { User } from '../user/user.entity.js'
import { PupilEntity, type Pupil } from './pupil.entity.js'

/** A guardian's own children. */
export function findChildren(em: EntityManager, user: User): Promise<Pupil[]> {
  if (user.role !== 'guardian') throw new ApiError('auth/forbidden', 'Only guardians have children here.')
  return em.find(PupilEntity, { guardians: user.id }, { orderBy: { firstName: 'asc', id: 'asc' } })
}

/** The classes a user may see: a teacher's school's, a coordinator's area's. */
export function findVisibleClasses(em: EntityManager, user: User): Promise<SchoolClass[]> {
  if (user.role === 'teacher' && user.school) return em.find(SchoolClassEntity, { school: user.school.id }, { orderBy: { name: 'asc' } })
  if (user.role === 'coordinator' && user.area) {
    return em.find(SchoolClassEntity, { school: { area: user.area.id } }, { orderBy: { school: { name: 'asc' }, name: 'asc' } })
  }
  throw new ApiError('auth/forbidden', 'Only teachers and coordinators see classes.')
}

/** The pupils of a class, for its school's teachers and its area's coordinators. */
export async function findPupilsOfClass(em: EntityManager, user: User, classId: number): Promise<Pupil[]> {
  const schoolClass = await em.findOne(SchoolClassEntity, { id: classId }, { populate: ['school'] })
  const allowed =
    schoolClass !== null &&
    ((user.role === 'teacher' && user.school?.id === schoolClass.school.id) ||
      (user.role === 'coordinator' && user.area?.id === schoolClass.school.area.id))
  if (!allowed) throw new ApiError('auth/forbidden', 'This class is not yours to see.')
  return em.find(PupilEntity, { schoolClass: classId }, { orderBy: { lastName: 'asc', firstName: 'asc' } })
}

/** The pupil, if the user is one of its guardians; else a refusal (the same whether or not it exists). */
export async function findOwnChild(em: EntityManager, user: User, pupilId: number): Promise<Pupil> {
  const pupil = user.role === 'guardian' ? await em.findOne(PupilEntity, { id: pupilId, guardians: user.id }, { populate: ['schoolClass'] }) : null
  if (!pupil) throw new ApiError('auth/forbidden', 'Only a guardian of this pupil can do this.')
  return pupil
}
