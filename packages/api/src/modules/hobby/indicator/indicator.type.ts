import { Field, Float, Int, ObjectType } from 'type-graphql'
import { TargetGroupEnum } from '../survey/targeting.type.js'
import { PlanningSuggestionType } from '../matchRun/matchRun.type.js'
import { GenderEnum } from '../../people/index.js'

@ObjectType('TargetIndicator', { description: "How a target group of the survey's pupils fares: the programme's measure of its targeting." })
export class TargetIndicatorType {
  @Field(() => TargetGroupEnum)
  target!: string

  @Field(() => Boolean, { description: "Whether the survey's targeting policy holds seats for it." })
  reserved!: boolean

  @Field(() => Int, { description: 'Pupils of the survey in the group.' })
  pupils!: number

  @Field(() => Int, { description: "Of them, with a hobby: enrolled in one of the term's groups." })
  enrolled!: number

  @Field(() => Float, { nullable: true, description: 'enrolled / pupils; null without pupils.' })
  enrolledShare!: number | null

  @Field(() => Float, { nullable: true, description: 'Of those who answered, the share the published run placed; null before one.' })
  placedShare!: number | null
}

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

  @Field(() => Boolean, { description: 'Whether a run is published; before one, who was left out and what to open next are not known.' })
  runPublished!: boolean

  @Field(() => Int, { description: 'Families taking part together: pupils in a family group with an adult of their family.' })
  familiesTakingPart!: number

  @Field(() => Float, { nullable: true, description: 'From the published run.' })
  firstChoiceShare?: number | null

  @Field(() => Float, { nullable: true })
  top3Share?: number | null

  @Field(() => [TargetIndicatorType], { description: 'Girls, pupils without a regular hobby, pupils in targeted districts.' })
  targets!: TargetIndicatorType[]

  @Field(() => [ReasonCountType])
  unplacedByReason!: ReasonCountType[]

  @Field(() => [ActivityDemandType], { description: 'Most demand per seat first.' })
  demand!: ActivityDemandType[]

  @Field(() => [PlanningSuggestionType])
  planning!: PlanningSuggestionType[]
}

@ObjectType('ResearchRow', {
  description: 'One pupil of a survey for research: a keyed pseudonym, no name; school, class, gender and home language null where the cell was too small.',
})
export class ResearchRowType {
  @Field(() => String, { description: 'The same for the same child in every export made with the same research key.' })
  pupil!: string

  @Field(() => String, { nullable: true })
  school!: string | null

  @Field(() => String, { nullable: true })
  className!: string | null

  @Field(() => GenderEnum, { nullable: true })
  gender!: string | null

  @Field(() => String, { nullable: true, description: 'The main home language (ISO 639).' })
  homeLanguage!: string | null

  @Field(() => Boolean)
  answered!: boolean

  @Field(() => Boolean, { description: "Has a hobby: enrolled in one of the term's groups." })
  enrolled!: boolean

  @Field(() => Boolean, { description: 'The hobby became regular (attendance).' })
  regular!: boolean
}
