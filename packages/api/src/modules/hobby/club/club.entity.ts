import { EntitySchema, type Opt } from '@mikro-orm/core'

/** A provider of hobby groups: a sports club, an arts school, a youth centre. */
export interface Club {
  id: number
  name: string
  /** How families and the city reach the club; each optional, kept by the club's own staff. */
  email?: string | null
  phone?: string | null
  website?: string | null
  description?: string
  /**
   * The most of each of its groups' seats, in percent, the city's targeting may hold for its targets
   * (the club's own seats for girls count apart): a club that fills its groups from its own waiting
   * families may allow less than the city's policy asks.
   */
  mostTargetedShare: number & Opt
}

export const ClubEntity = new EntitySchema<Club>({
  name: 'Club',
  tableName: 'club',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    name: { type: 'string', unique: true },
    email: { type: 'string', nullable: true },
    phone: { type: 'string', length: 20, nullable: true },
    website: { type: 'string', nullable: true },
    description: { type: 'text', default: '' },
    mostTargetedShare: { type: 'integer', default: 100 },
  },
})
