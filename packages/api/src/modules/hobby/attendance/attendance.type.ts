import { Field, ID, Int, ObjectType } from 'type-graphql'
import { ChildType } from '../../people/index.js'

@ObjectType('RosterEntry', { description: 'A pupil enrolled in a group, and how often they came.' })
export class RosterEntryType {
  @Field(() => ID)
  enrolmentId!: number

  @Field(() => ChildType)
  child!: ChildType

  @Field(() => Int)
  attended!: number

  @Field(() => Int, { description: 'Meetings recorded so far.' })
  recorded!: number

  @Field(() => Boolean, { description: 'Three meetings in four attended, once four were recorded.' })
  regular!: boolean
}
