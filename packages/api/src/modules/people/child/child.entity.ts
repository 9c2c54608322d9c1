import { type Collection, EntitySchema, type Opt } from '@mikro-orm/core'
import { SchoolClassEntity, type SchoolClass } from '../schoolClass/schoolClass.entity.js'
import { UserEntity, type User } from '../user/user.entity.js'
import type { Track } from '../../culture/track/track.entity.js'

export const GENDERS = ['girl', 'boy', 'other', 'unspecified'] as const
export type Gender = (typeof GENDERS)[number]

/**
 * A child of the city, once: a culture godchild from birth and a pupil at school, with the same
 * guardians. Its two parts are optional: the school placement (`schoolClass`, set by the class list)
 * and the culture registration (`registeredAt`, `fieldRanking`, `track`, set when a guardian registers
 * the child for the godchild programme). No national identity number is ever stored.
 */
export interface Child {
  id: number
  firstName: string
  /** Null when the family registered the child by first name only. */
  lastName: string | null
  /** As the family reports it; reserved seats for girls count `girl`. */
  gender: Gender
  /** Languages spoken at home, as ISO 639 codes (fi, sv, so, …), the main one first. */
  homeLanguages: string[]
  /** Home district in the city (culture eligibility, targeted seats); null when not known. */
  district: string | null
  birthYear: number | null
  guardians: Collection<User>
  /** School placement: the class this school year; null before school or outside the city's schools. */
  schoolClass: SchoolClass | null
  /** School placement: the school administration system's id for the pupil, which matches class-list rows on re-import. */
  pupilKey?: (string | null) & Opt
  /** Culture registration: when a guardian registered the child (null: not registered). */
  registeredAt: Date | null
  /** Culture registration: art field ids, most wished first. */
  fieldRanking: number[] & Opt
  /** Culture registration: the track kept for seven years; null until placed. */
  track: Track | null
  /** Bumped first in each event enrolment, so that a child's enrolments queue one after another (the yearly limit holds). */
  version: number & Opt
}

export const ChildEntity = new EntitySchema<Child>({
  name: 'Child',
  tableName: 'child',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    firstName: { type: 'string' },
    lastName: { type: 'string', nullable: true },
    gender: { type: 'string', length: 16, default: 'unspecified' },
    homeLanguages: { type: 'json' },
    district: { type: 'string', nullable: true },
    birthYear: { type: 'integer', nullable: true, index: true },
    guardians: { kind: 'm:n', entity: () => UserEntity, pivotTable: 'child_guardian' },
    schoolClass: { kind: 'm:1', entity: () => SchoolClassEntity, nullable: true },
    registeredAt: { type: 'datetime', nullable: true },
    fieldRanking: { type: 'json', onCreate: () => [] },
    // The culture module's track: named, not imported (people sits below the programmes).
    track: { kind: 'm:1', entity: 'Track', nullable: true },
    version: { type: 'integer', default: 0 },
    pupilKey: { type: 'string', length: 64, nullable: true, unique: true },
  },
})
