import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql'

export const MechanismEnum = { DEFERRED_ACCEPTANCE: 'deferred-acceptance', MAX_COVERAGE: 'max-coverage' } as const
registerEnumType(MechanismEnum, {
  name: 'Mechanism',
  description: 'DEFERRED_ACCEPTANCE: stable and strategy-proof (the default). MAX_COVERAGE: places the most, but neither.',
})

@InputType('RunMatchInput')
export class RunMatchInput {
  @Field(() => ID)
  surveyId!: string

  @Field(() => MechanismEnum, { defaultValue: 'deferred-acceptance' })
  mechanism!: string

  @Field(() => Int, { description: 'The lottery is drawn from it: the same seed gives the same run.' })
  seed!: number

  @Field(() => Int, { defaultValue: 1, description: 'Hobbies per pupil (1–3).' })
  maxPlacements!: number
}
