import { Field, ID, InputType, Int } from 'type-graphql'

@InputType('CreateTrackInput')
export class CreateTrackInput {
  @Field(() => ID)
  cohortId!: string

  @Field(() => ID)
  institutionId!: string

  @Field(() => Int)
  capacity!: number

  @Field(() => [String], { description: 'Of fi, sv, en.' })
  languages!: string[]

  @Field(() => [String], { nullable: true, description: 'Districts whose children get the reserved seats first.' })
  reservedDistricts?: string[] | null

  @Field(() => Int, { nullable: true })
  reservedSeats?: number | null
}
