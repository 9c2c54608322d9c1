import { Field, ID, Int, ObjectType } from 'type-graphql'
import { AreaType } from '../area/area.type.js'
import { WeeklySessionType } from '../hobbyGroup/hobbyGroup.type.js'
import { PupilType } from '../pupil/pupil.type.js'

@ObjectType('Survey', { description: 'An interest survey for one area, grade and term.' })
export class SurveyType {
  @Field(() => ID)
  id!: number

  @Field(() => AreaType)
  area!: AreaType

  @Field(() => Int)
  grade!: number

  @Field(() => String)
  term!: string

  @Field(() => Date)
  opensAt!: Date

  @Field(() => Date)
  closesAt!: Date
}

@ObjectType('SurveyAnswer')
export class SurveyAnswerType {
  @Field(() => ID)
  id!: number

  @Field(() => [ID], { description: 'Hobby group ids, most wanted first.' })
  ranking!: number[]

  @Field(() => [WeeklySessionType], { nullable: true })
  freeWindows?: WeeklySessionType[] | null

  @Field(() => Boolean)
  consent!: boolean

  @Field(() => Date)
  updatedAt!: Date
}

@ObjectType('SurveyCode', { description: 'A one-time code for a pupil to answer at school.' })
export class SurveyCodeType {
  @Field(() => String)
  code!: string

  @Field(() => PupilType)
  pupil!: PupilType
}
