import { EntitySchema } from '@mikro-orm/core'
import { TrackEntity, type Track } from '../track/track.entity.js'
import { UserEntity, type User } from '../user/user.entity.js'

/** A child registered by a guardian for the culture godchild programme, and the track the child keeps for seven years. */
export interface Godchild {
  id: number
  guardian: User
  firstName: string
  birthYear: number
  /** Home district in the city (eligibility, and targeted seats). */
  district: string
  /** Languages spoken at home, as codes (fi, sv, en, so, ar, …). */
  homeLanguages: string[]
  /** Art field ids, most wished first; may be empty. */
  fieldRanking: number[]
  track: Track | null
  registeredAt: Date
  /** Bumped first in each event enrolment, so that a child's enrolments queue one after another (the yearly limit holds). */
  version: number
}

export const GodchildEntity = new EntitySchema<Godchild>({
  name: 'Godchild',
  tableName: 'godchild',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    guardian: { kind: 'm:1', entity: () => UserEntity },
    firstName: { type: 'string' },
    birthYear: { type: 'integer', index: true },
    district: { type: 'string' },
    homeLanguages: { type: 'json' },
    fieldRanking: { type: 'json' },
    track: { kind: 'm:1', entity: () => TrackEntity, nullable: true },
    registeredAt: { type: 'datetime' },
    version: { type: 'integer', default: 0 },
  },
})
