import { Field, Float, Int, ObjectType } from 'type-graphql'
import { PlanningSuggestionType } from '../matchRun/matchRun.type.js'

@ObjectType('IndicatorRow', { description: 'Pupils of a survey (all, a school, or a class) and how they fare.' })
export class IndicatorRowType {
  @Field(() => String)
  label!: string

  @Field(() => Int)
  pupils!: number

  @Field(() => Int)
  answered!: number

  @Field(() => Int, { description: "Pupils with a hobby: enrolled in one of the term's groups." })
  enrolled!: number

  @Field(() => Int, { description: 'Pupils whose hobby became regular (attendance).' })
  regular!: number

  @Field(() => Float, { nullable: true })
  girlsEnrolledShare?: number | null

  @Field(() => Float, { nullable: true })
  boysEnrolledShare?: number | null
}

@ObjectType('ReasonCount')
export class ReasonCountType {
  @Field(() => String)
  reason!: string

  @Field(() => Int)
  count!: number
}

@ObjectType('ActivityDemand', { description: 'Demand against seats for one activity: what to open next.' })
export class ActivityDemandType {
  @Field(() => String)
  activity!: string

  @Field(() => Int, { description: 'Pupils who ranked it first.' })
  firstChoice!: number

  @Field(() => Int)
  applicants!: number

  @Field(() => Int)
  seats!: number
}

@ObjectType('Indicators')
export class IndicatorsType {
  @Field(() => IndicatorRowType)
  total!: IndicatorRowType

  @Field(() => [IndicatorRowType])
  schools!: IndicatorRowType[]

  @Field(() => [IndicatorRowType])
  classes!: IndicatorRowType[]

  @Field(() => Float, { nullable: true, description: 'From the published run.' })
  firstChoiceShare?: number | null

  @Field(() => Float, { nullable: true })
  top3Share?: number | null

  @Field(() => [ReasonCountType])
  unplacedByReason!: ReasonCountType[]

  @Field(() => [ActivityDemandType], { description: 'Most demand per seat first.' })
  demand!: ActivityDemandType[]

  @Field(() => [PlanningSuggestionType])
  planning!: PlanningSuggestionType[]
}
