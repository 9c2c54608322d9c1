import { Field, ID, InputType, Int } from 'type-graphql'

@InputType('RegisterGodchildInput')
export class RegisterGodchildInput {
  @Field(() => ID, { nullable: true, description: 'A child the guardian already has here (a pupil, say): registers that child instead of adding a new one.' })
  childId?: string | null

  @Field(() => String)
  firstName!: string

  @Field(() => Int)
  birthYear!: number

  @Field(() => String, { description: 'A Helsinki district (peruspiiri), e.g. "Kontula".' })
  district!: string

  @Field(() => [String], { description: 'Languages spoken at home, as codes: fi, sv, en, so, ar, …' })
  homeLanguages!: string[]

  @Field(() => [ID], { description: 'Art field ids, most wished first; may be empty.' })
  fieldRanking!: string[]
}
