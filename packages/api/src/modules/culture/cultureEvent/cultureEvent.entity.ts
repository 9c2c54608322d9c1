import { EntitySchema, type Opt } from '@mikro-orm/core'
import { InstitutionEntity, type Institution } from '../institution/institution.entity.js'

export const INVITATIONS = ['child-1-adult', 'child-1-2-adults', 'family'] as const
export type Invitation = (typeof INVITATIONS)[number]

/** How many adults come with the child, at most, on each invitation. */
export const MOST_ADULTS: Record<Invitation, number> = { 'child-1-adult': 1, 'child-1-2-adults': 2, family: 4 }

/** The smallest party: a child and one adult. An occurrence with fewer places left is full. */
export const SMALLEST_PARTY = 2

/** An event an institution publishes for its godchildren in a year; families enrol in one of its occurrences. */
export interface CultureEvent {
  id: number
  institution: Institution
  name: string
  description: string
  /** The name and description in Swedish and English, when the institution gives them (else the Finnish ones show). */
  nameSv: (string | null) & Opt
  nameEn: (string | null) & Opt
  descriptionSv: (string | null) & Opt
  descriptionEn: (string | null) & Opt
  year: number
  /** A family takes at most one event of a group in a year (e.g. "spring concert"). */
  eventGroup: string
  invitation: Invitation
}

/** One showing of an event: when, where, in which language, and how many places (children and adults). */
export interface Occurrence {
  id: number
  event: CultureEvent
  startsAt: Date
  venue: string
  language: string
  capacity: number
  /** Places taken; only changed by conditional updates, never above capacity. */
  seatsTaken: number
}

export const CultureEventEntity = new EntitySchema<CultureEvent>({
  name: 'CultureEvent',
  tableName: 'culture_event',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    institution: { kind: 'm:1', entity: () => InstitutionEntity },
    name: { type: 'string' },
    description: { type: 'text', default: '' },
    nameSv: { type: 'string', nullable: true },
    nameEn: { type: 'string', nullable: true },
    descriptionSv: { type: 'text', nullable: true },
    descriptionEn: { type: 'text', nullable: true },
    year: { type: 'integer' },
    eventGroup: { type: 'string' },
    invitation: { type: 'string', length: 20 },
  },
})

export const OccurrenceEntity = new EntitySchema<Occurrence>({
  name: 'Occurrence',
  tableName: 'occurrence',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    event: { kind: 'm:1', entity: () => CultureEventEntity },
    startsAt: { type: 'datetime' },
    venue: { type: 'string' },
    language: { type: 'string', length: 8 },
    capacity: { type: 'integer' },
    seatsTaken: { type: 'integer', default: 0 },
  },
})
