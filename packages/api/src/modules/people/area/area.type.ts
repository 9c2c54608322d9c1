import { Field, ID, ObjectType } from 'type-graphql'

@ObjectType('Area', { description: 'A city district the programme works in.' })
export class AreaType {
  @Field(() => ID)
  id!: number

  @Field(() => String)
  name!: string
}
