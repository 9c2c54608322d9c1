import { Field, ID, Int, ObjectType } from 'type-graphql'

@ObjectType('Cohort', { description: 'The children born in one year; the birth year decides the sponsor.' })
export class CohortType {
  @Field(() => ID)
  id!: number

  @Field(() => Int)
  birthYear!: number

  @Field(() => String)
  sponsor!: string

  @Field(() => Date, { nullable: true })
  assignedAt!: Date | null

  @Field(() => Int, { nullable: true, description: 'Children born in the city that year.' })
  births!: number | null
}

@ObjectType('TrackAssignment', { description: 'What assigning a cohort to its tracks did.' })
export class TrackAssignmentType {
  @Field(() => CohortType)
  cohort!: CohortType

  @Field(() => Int)
  placed!: number

  @Field(() => Int, { description: 'Children for whom no fitting track had room.' })
  unplaced!: number
}
