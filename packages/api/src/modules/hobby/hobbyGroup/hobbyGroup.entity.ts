import { EntitySchema, type Opt } from '@mikro-orm/core'
import type { WeeklySpan } from '@mukana/matcher'
import { ClubEntity, type Club } from '../club/club.entity.js'
import { type School, SchoolEntity } from '../../people/index.js'

export const HOBBY_GROUP_KINDS = ['school-day', 'after-school', 'free-time'] as const
export type HobbyGroupKind = (typeof HOBBY_GROUP_KINDS)[number]

/** A family group's places for adults, as a seat pool of its row: taken and given back only by modules/seats. */
export const ADULT_PLACES = { capacity: 'adult_places', taken: 'adults_taken' } as const

/** A weekly hobby group a club publishes: seats, sessions, and who it is for. */
export interface HobbyGroup {
  id: number
  club: Club
  /** The school it meets at, if it meets at one. */
  school: School | null
  /** The name in Finnish, which every family may read. */
  name: string
  /** The name and description in Swedish and English, when the club gives them (else the Finnish ones show). */
  nameSv: (string | null) & Opt
  nameEn: (string | null) & Opt
  descriptionSv: (string | null) & Opt
  descriptionEn: (string | null) & Opt
  /** Code from the activity catalogue (football, riding, …). */
  activity: string
  description: string
  venue: string
  capacity: number
  /** Seats held for girls; seats girls leave unused go to anyone. */
  girlsReservedSeats: number
  girlsOnly: boolean
  /** A parent joins the child. */
  familyGroup: boolean
  /** In a family group, the places for the children's adults; and how many are taken (modules/seats, pool ADULT_PLACES). */
  adultPlaces: number & Opt
  adultsTaken: number & Opt
  grades: number[]
  kind: HobbyGroupKind
  /** E.g. "2026-autumn". */
  term: string
  sessions: WeeklySpan[]
  /** Seats taken (modules/seats: never above capacity). */
  seatsTaken: number
}

export const HobbyGroupEntity = new EntitySchema<HobbyGroup>({
  name: 'HobbyGroup',
  tableName: 'hobby_group',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    club: { kind: 'm:1', entity: () => ClubEntity },
    school: { kind: 'm:1', entity: () => SchoolEntity, nullable: true },
    name: { type: 'string' },
    activity: { type: 'string' },
    description: { type: 'text', default: '' },
    nameSv: { type: 'string', nullable: true },
    nameEn: { type: 'string', nullable: true },
    descriptionSv: { type: 'text', nullable: true },
    descriptionEn: { type: 'text', nullable: true },
    venue: { type: 'string', default: '' },
    capacity: { type: 'integer' },
    girlsReservedSeats: { type: 'integer', default: 0 },
    girlsOnly: { type: 'boolean', default: false },
    familyGroup: { type: 'boolean', default: false },
    adultPlaces: { type: 'integer', default: 0 },
    adultsTaken: { type: 'integer', default: 0 },
    grades: { type: 'json' },
    kind: { type: 'string', length: 16 },
    term: { type: 'string', length: 16 },
    sessions: { type: 'json' },
    seatsTaken: { type: 'integer', default: 0 },
  },
})
