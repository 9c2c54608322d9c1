import { Field, ID, Int, ObjectType } from 'type-graphql'
import { HobbyGroupType } from '../hobbyGroup/hobbyGroup.type.js'
import { WeeklySessionType } from '../../../graphql/WeeklySession.js'
import { AreaType, ChildType } from '../../people/index.js'

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

  @Field(() => Boolean, { nullable: true, description: 'Does the child have a regular hobby now? Null: not answered.' })
  regularHobby?: boolean | null

  @Field(() => Date)
  updatedAt!: Date
}

@ObjectType('SurveyCode', { description: 'A one-time code for a pupil to answer at school.' })
export class SurveyCodeType {
  @Field(() => String)
  code!: string

  @Field(() => ChildType)
  child!: ChildType
}

@ObjectType('PupilSurvey', { description: 'A survey as one pupil sees it: the groups that pupil can rank, and the answer so far.' })
export class PupilSurveyType {
  @Field(() => SurveyType)
  survey!: SurveyType

  @Field(() => ID)
  childId!: number

  @Field(() => String)
  childFirstName!: string

  @Field(() => [HobbyGroupType], {
    description: "The survey's groups this pupil is eligible for and can attend: grade, girls-only, school-day groups only if placed into the pupil's class.",
  })
  groups!: HobbyGroupType[]

  @Field(() => SurveyAnswerType, { nullable: true })
  answer!: SurveyAnswerType | null
}
