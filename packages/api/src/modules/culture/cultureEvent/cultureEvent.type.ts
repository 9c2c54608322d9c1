import { Field, ID, Int, ObjectType } from 'type-graphql'
import { InstitutionType } from '../institution/institution.type.js'

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

@ObjectType('CultureEvent', { description: "An event an institution publishes for its godchildren in a year." })
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

  @Field(() => String, { description: 'child-1-adult, child-1-2-adults or family.' })
  invitation!: string

  @Field(() => [OccurrenceType])
  occurrences!: OccurrenceType[]
}
