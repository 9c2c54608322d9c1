import { Field, ID, Int, ObjectType } from 'type-graphql'
import { WeeklySessionType } from '../../../graphql/WeeklySession.js'
import { SchoolType } from '../school/school.type.js'

@ObjectType('SchoolClass', { description: 'A class of a school in a school year, with its weekly lessons.' })
export class SchoolClassType {
  @Field(() => ID)
  id!: number

  @Field(() => String)
  name!: string

  @Field(() => Int)
  grade!: number

  @Field(() => String)
  schoolYear!: string

  @Field(() => [WeeklySessionType], { description: 'Lessons; the rest of the day is free.' })
  lessons!: WeeklySessionType[]

  @Field(() => SchoolType)
  school!: SchoolType
}
