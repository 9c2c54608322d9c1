import { Collection, EntitySchema } from '@mikro-orm/core'
import { SchoolClassEntity, type SchoolClass } from '../schoolClass/schoolClass.entity.js'
import { UserEntity, type User } from '../user/user.entity.js'

export const GENDERS = ['girl', 'boy', 'other', 'unspecified'] as const
export type Gender = (typeof GENDERS)[number]

/** A child at school. No national identity number is ever stored. */
export interface Pupil {
  id: number
  firstName: string
  lastName: string
  schoolClass: SchoolClass
  /** As the family reports it; reserved seats for girls count `girl`. */
  gender: Gender
  /** ISO 639-1 code, e.g. "fi", "sv", "so". */
  homeLanguage: string
  guardians: Collection<User>
}

export const PupilEntity = new EntitySchema<Pupil>({
  name: 'Pupil',
  tableName: 'pupil',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    firstName: { type: 'string' },
    lastName: { type: 'string' },
    schoolClass: { kind: 'm:1', entity: () => SchoolClassEntity },
    gender: { type: 'string', length: 16 },
    homeLanguage: { type: 'string', length: 8 },
    guardians: { kind: 'm:n', entity: () => UserEntity, pivotTable: 'pupil_guardian' },
  },
})
