import { Field, Float, ID, Int, ObjectType } from 'type-graphql'

@ObjectType('CohortFigures')
export class CohortFiguresType {
  @Field(() => Int)
  birthYear!: number

  @Field(() => Int, { nullable: true })
  births!: number | null

  @Field(() => Int)
  registered!: number

  @Field(() => Int)
  placed!: number

  @Field(() => Float, { nullable: true, description: 'Registered against births.' })
  registeredShare!: number | null

  @Field(() => [Int], { description: 'Index n: children who came to events in exactly n different years (7 = all seven).' })
  attendedYears!: number[]
}

@ObjectType('TrackYearFigures')
export class TrackYearFiguresType {
  @Field(() => ID)
  trackId!: number

  @Field(() => Int)
  birthYear!: number

  @Field(() => String)
  institution!: string

  @Field(() => String)
  field!: string

  @Field(() => Int)
  year!: number

  @Field(() => Int)
  children!: number

  @Field(() => Int, { description: 'Children with an enrolment that year.' })
  enrolled!: number

  @Field(() => Int, { description: 'Children checked in at an event that year.' })
  attended!: number
}

@ObjectType('GroupFigures')
export class GroupFiguresType {
  @Field(() => String)
  label!: string

  @Field(() => Int)
  registered!: number

  @Field(() => Int)
  enrolled!: number

  @Field(() => Int)
  attended!: number
}

@ObjectType('CultureIndicators', { description: 'How the culture godchild programme reaches each cohort.' })
export class CultureIndicatorsType {
  @Field(() => [CohortFiguresType])
  cohorts!: CohortFiguresType[]

  @Field(() => [TrackYearFiguresType])
  tracks!: TrackYearFiguresType[]

  @Field(() => [GroupFiguresType], { description: 'By home district.' })
  byDistrict!: GroupFiguresType[]

  @Field(() => [GroupFiguresType], { description: 'By first home language.' })
  byLanguage!: GroupFiguresType[]
}
