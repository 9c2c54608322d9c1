import { Field, InputType, Int } from 'type-graphql'

@InputType('CreateCohortInput')
export class CreateCohortInput {
  @Field(() => Int)
  birthYear!: number

  @Field(() => String, { description: 'Who the birth year belongs to in the rotation, e.g. "Helsinki Philharmonic Orchestra".' })
  sponsor!: string

  @Field(() => Int, { nullable: true, description: 'Children born in the city that year, when known.' })
  births?: number | null
}
