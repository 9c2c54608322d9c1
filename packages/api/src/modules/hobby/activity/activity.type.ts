import { Field, ID, ObjectType } from 'type-graphql'

@ObjectType('Activity', { description: 'An activity of the catalogue, in Finnish, Swedish and English.' })
export class ActivityType {
  @Field(() => ID)
  code!: string
}
