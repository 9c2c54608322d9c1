import { Field, ID, ObjectType } from 'type-graphql'
import { AreaType } from '../area/area.type.js'

@ObjectType('School')
export class SchoolType {
  @Field(() => ID)
  id!: number

  @Field(() => String)
  name!: string

  @Field(() => AreaType)
  area!: AreaType
}
