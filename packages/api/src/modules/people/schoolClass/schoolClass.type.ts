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

@ObjectType('SchoolYearMove', { description: 'A class of the old year and where its pupils go.' })
export class SchoolYearMoveType {
  @Field(() => String)
  school!: string

  @Field(() => String)
  from!: string

  @Field(() => String, { nullable: true, description: 'Null: the last grade, whose pupils leave the class lists.' })
  to!: string | null

  @Field(() => Int)
  pupils!: number
}

@ObjectType('SchoolYearReport', { description: 'What starting a school year did, or would do (dry run).' })
export class SchoolYearReportType {
  @Field(() => String)
  from!: string

  @Field(() => String)
  to!: string

  @Field(() => Boolean)
  dryRun!: boolean

  @Field(() => Int)
  classesCreated!: number

  @Field(() => Int)
  pupilsMoved!: number

  @Field(() => Int)
  pupilsLeft!: number

  @Field(() => [SchoolYearMoveType])
  moves!: SchoolYearMoveType[]
}
