import { Field, ID, ObjectType } from 'type-graphql'

@ObjectType('Club', { description: 'A provider of hobby groups.' })
export class ClubType {
  @Field(() => ID)
  id!: number

  @Field(() => String)
  name!: string
}
