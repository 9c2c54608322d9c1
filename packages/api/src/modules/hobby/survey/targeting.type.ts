import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql'

export const TargetGroupEnum = { GIRLS: 'girls', NO_REGULAR_HOBBY: 'noRegularHobby', TARGETED_AREA: 'targetedArea' } as const
registerEnumType(TargetGroupEnum, {
  name: 'TargetGroup',
  description: "A group of pupils the city wants to reach: girls, pupils without a regular hobby now, pupils living in the city's targeted districts.",
})

@ObjectType('TargetReserve', { description: "A share of every group's seats held for a target group." })
export class TargetReserveType {
  @Field(() => TargetGroupEnum)
  target!: string

  @Field(() => Int, { description: "Percent of each group's seats (0: for girls, only what the club itself reserved)." })
  share!: number
}

@ObjectType('SurveyTargeting', { description: "A survey's targeting policy: reserves in the order they are filled, and the targeted districts." })
export class SurveyTargetingType {
  @Field(() => [TargetReserveType])
  reserves!: TargetReserveType[]

  @Field(() => [String], { description: 'Home districts whose pupils count as living in a targeted area.' })
  districts!: string[]
}

@InputType('TargetReserveInput')
export class TargetReserveInput {
  @Field(() => TargetGroupEnum)
  target!: string

  @Field(() => Int)
  share!: number
}

@InputType('SurveyTargetingInput')
export class SurveyTargetingInput {
  @Field(() => [TargetReserveInput], { description: 'In the order they are filled.' })
  reserves!: TargetReserveInput[]

  @Field(() => [String])
  districts!: string[]
}
