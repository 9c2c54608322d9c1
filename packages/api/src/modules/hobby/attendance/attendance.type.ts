import { Field, ID, Int, ObjectType } from 'type-graphql'
import { ChildType } from '../../people/index.js'

@ObjectType('RosterEntry', { description: 'A pupil enrolled in a group, and how often they came.' })
export class RosterEntryType {
  @Field(() => ID)
  enrolmentId!: number

  @Field(() => ChildType, { description: 'Named only: a club sees no more of a child than its own group needs.' })
  child!: ChildType

  @Field(() => String, { nullable: true, description: "The child's class, for a school-day group whose staff fetch the pupils from class; null after school." })
  className!: string | null

  @Field(() => Int, { description: "In a family group: the family's adults taking part with the child." })
  adults!: number

  @Field(() => Int)
  attended!: number

  @Field(() => Int, { description: 'Meetings recorded so far.' })
  recorded!: number

  @Field(() => Boolean, { description: 'Three meetings in four attended, once four were recorded.' })
  regular!: boolean
}
