import type { EntityManager } from '@mikro-orm/core'
import { ApiError } from '../../../graphql/ApiError.js'
import { administersArea } from '../access/scopes.js'
import { SchoolEntity, type School } from '../school/school.entity.js'
import type { Account } from '../user/account.js'

/** The school a file is imported into, if the user administers its area. */
export async function findAdministeredSchool(em: EntityManager, user: Account, schoolId: number): Promise<School> {
  const school = await em.findOne(SchoolEntity, { id: schoolId })
  if (!school) throw new ApiError('not_found', `No school ${schoolId}.`)
  administersArea(user, school.area.id)
  return school
}
