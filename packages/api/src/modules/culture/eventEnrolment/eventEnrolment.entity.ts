import { EntitySchema } from '@mikro-orm/core'
import { OccurrenceEntity, type Occurrence } from '../cultureEvent/cultureEvent.entity.js'
import { type Child, ChildEntity } from '../../people/index.js'

/** A godchild's family enrolled in an occurrence: its places, its ticket, and whether they came. */
export interface EventEnrolment {
  id: number
  occurrence: Occurrence
  child: Child
  /** Adults coming with the child. */
  adults: number
  status: 'enrolled' | 'cancelled'
  /** Shown as a QR code at the door. */
  ticketCode: string
  checkedInAt: Date | null
  createdAt: Date
}

/** A family waiting for a place in a full occurrence; told in order of subscribing when one frees. */
export interface FreeSpotSubscription {
  id: number
  occurrence: Occurrence
  child: Child
  createdAt: Date
  notifiedAt: Date | null
}

export const EventEnrolmentEntity = new EntitySchema<EventEnrolment>({
  name: 'EventEnrolment',
  tableName: 'event_enrolment',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    occurrence: { kind: 'm:1', entity: () => OccurrenceEntity },
    child: { kind: 'm:1', entity: () => ChildEntity },
    adults: { type: 'integer' },
    status: { type: 'string', length: 16 },
    ticketCode: { type: 'string', length: 16, unique: true },
    checkedInAt: { type: 'datetime', nullable: true },
    createdAt: { type: 'datetime' },
  },
  uniques: [{ properties: ['occurrence', 'child'] }],
})

export const FreeSpotSubscriptionEntity = new EntitySchema<FreeSpotSubscription>({
  name: 'FreeSpotSubscription',
  tableName: 'free_spot_subscription',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    occurrence: { kind: 'm:1', entity: () => OccurrenceEntity },
    child: { kind: 'm:1', entity: () => ChildEntity },
    createdAt: { type: 'datetime' },
    notifiedAt: { type: 'datetime', nullable: true },
  },
  uniques: [{ properties: ['occurrence', 'child'] }],
})
