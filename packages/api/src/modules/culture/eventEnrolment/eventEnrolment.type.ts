import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql'
import { OccurrenceType } from '../cultureEvent/cultureEvent.type.js'

export const EventEnrolmentStatusEnum = { ENROLLED: 'enrolled', CANCELLED: 'cancelled' } as const
registerEnumType(EventEnrolmentStatusEnum, { name: 'EventEnrolmentStatus' })

@ObjectType('EventEnrolment', { description: "A family's places at an occurrence, with the ticket to show at the door." })
export class EventEnrolmentType {
  @Field(() => ID)
  id!: number

  @Field(() => OccurrenceType)
  occurrence!: OccurrenceType

  @Field(() => Int)
  adults!: number

  @Field(() => EventEnrolmentStatusEnum)
  status!: string

  @Field(() => Date, { description: 'The family may cancel until then (48 hours before the start).' })
  cancellableUntil!: Date

  @Field(() => Boolean, { description: 'Whether the family may cancel now: enrolled, not checked in, and 48 hours or more before the start.' })
  cancellable!: boolean

  @Field(() => String, { description: 'Shown as a QR code at the door.' })
  ticketCode!: string

  @Field(() => Date, { nullable: true })
  checkedInAt!: Date | null

  @Field(() => String, { description: "The child's first name, for the family's page and the door." })
  childFirstName!: string
}

@ObjectType('FreeSpotSubscription', { description: 'Waiting to hear when a place frees in a full occurrence.' })
export class FreeSpotSubscriptionType {
  @Field(() => ID)
  id!: number

  @Field(() => OccurrenceType)
  occurrence!: OccurrenceType

  @Field(() => Date, { nullable: true, description: 'When the family was told a place is free.' })
  notifiedAt!: Date | null
}
