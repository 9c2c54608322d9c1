import { Field, ID, InputType, Int } from 'type-graphql'
import { WeeklySessionInput } from '../../../graphql/WeeklySession.js'

@InputType('OpenSurveyInput')
export class OpenSurveyInput {
  @Field(() => ID)
  areaId!: string

  @Field(() => Int)
  grade!: number

  @Field(() => String, { description: 'The term whose groups it offers, e.g. 2026-autumn.' })
  term!: string

  @Field(() => Date)
  opensAt!: Date

  @Field(() => Date)
  closesAt!: Date
}

@InputType('AnswerSurveyInput')
export class AnswerSurveyInput {
  @Field(() => ID)
  surveyId!: string

  @Field(() => ID)
  childId!: string

  @Field(() => [ID], { description: 'Hobby groups, most wanted first.' })
  ranking!: string[]

  @Field(() => [String], {
    nullable: true,
    description:
      "Activity codes, most wanted first, ranked after the groups: each stands for all the survey's groups of that activity, for a family that wants the hobby whichever group it is.",
  })
  activities?: string[] | null

  @Field(() => [WeeklySessionInput], { nullable: true, description: 'When the child can attend after school; none: any time.' })
  freeWindows?: WeeklySessionInput[] | null

  @Field(() => Boolean, { description: "The guardian's consent to the hobby and to sharing the answer with the clubs." })
  consent!: boolean

  @Field(() => Boolean, { nullable: true, description: 'Does the child have a regular hobby now? (No: the survey’s targeting may hold seats for the child.)' })
  regularHobby?: boolean | null
}
