import { Field, ID, Int, ObjectType } from 'type-graphql'
import { AreaType } from '../area/area.type.js'

@ObjectType('School')
export class SchoolType {
  @Field(() => ID)
  id!: number

  @Field(() => String)
  name!: string

  @Field(() => AreaType)
  area!: AreaType

  @Field(() => Int, { nullable: true, description: "The school's unit id in the city's service map, when known." })
  serviceMapId?: number | null
}
