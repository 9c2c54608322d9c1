import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql'
import { InstitutionType } from '../institution/institution.type.js'

/** GraphQL enum names for the stored invitation values. */
export const InvitationEnum = { CHILD_1_ADULT: 'child-1-adult', CHILD_1_2_ADULTS: 'child-1-2-adults', FAMILY: 'family' } as const
registerEnumType(InvitationEnum, { name: 'Invitation', description: 'Who comes: the child and 1 adult, the child and 1–2 adults, or the family.' })

@ObjectType('InvitationKind', { description: 'An invitation and the party it admits.' })
export class InvitationKindType {
  @Field(() => InvitationEnum)
  invitation!: string

  @Field(() => Int)
  maxAdults!: number
}

@ObjectType('Occurrence', { description: 'One showing of an event.' })
export class OccurrenceType {
  @Field(() => ID)
  id!: number

  @Field(() => Date)
  startsAt!: Date

  @Field(() => String)
  venue!: string

  @Field(() => String)
  language!: string

  @Field(() => Int, { description: 'Places, children and adults together.' })
  capacity!: number

  @Field(() => Int)
  seatsTaken!: number
}

@ObjectType('CultureEvent', { description: 'An event an institution publishes for its godchildren in a year.' })
export class CultureEventType {
  @Field(() => ID)
  id!: number

  @Field(() => InstitutionType)
  institution!: InstitutionType

  @Field(() => String)
  name!: string

  @Field(() => String)
  description!: string

  @Field(() => Int)
  year!: number

  @Field(() => String)
  eventGroup!: string

  @Field(() => InvitationEnum)
  invitation!: string

  @Field(() => Int, { description: 'How many adults may come with the child (the invitation decides).' })
  maxAdults!: number

  @Field(() => [OccurrenceType])
  occurrences!: OccurrenceType[]
}
