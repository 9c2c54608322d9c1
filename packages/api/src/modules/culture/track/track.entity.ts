import { EntitySchema } from '@mikro-orm/core'
import { ArtFieldEntity, type ArtField } from '../artField/artField.entity.js'
import { CohortEntity, type Cohort } from '../cohort/cohort.entity.js'
import { InstitutionEntity, type Institution } from '../institution/institution.entity.js'

export const SERVICE_LANGUAGES = ['fi', 'sv', 'en'] as const

/** One cohort's seven years with one institution of one field: seats for so many children, in these languages. */
export interface Track {
  id: number
  cohort: Cohort
  field: ArtField
  institution: Institution
  capacity: number
  /** Of fi, sv, en. */
  languages: string[]
  /** Seats held for children of these districts (targeted areas); unused ones go to anyone. */
  reservedDistricts: string[]
  reservedSeats: number
  /** Children placed so far (modules/seats: never above capacity). */
  seatsTaken: number
}

export const TrackEntity = new EntitySchema<Track>({
  name: 'Track',
  tableName: 'track',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    cohort: { kind: 'm:1', entity: () => CohortEntity },
    field: { kind: 'm:1', entity: () => ArtFieldEntity },
    institution: { kind: 'm:1', entity: () => InstitutionEntity },
    capacity: { type: 'integer' },
    languages: { type: 'json' },
    reservedDistricts: { type: 'json' },
    reservedSeats: { type: 'integer', default: 0 },
    seatsTaken: { type: 'integer', default: 0 },
  },
})
