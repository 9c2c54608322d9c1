import { Field, Float, ID, Int, ObjectType } from 'type-graphql'
import { HobbyGroupType } from '../hobbyGroup/hobbyGroup.type.js'
import { MechanismEnum } from './matchRun.input.js'
import { ChildType } from '../../people/index.js'

@ObjectType('MatchPlacement')
export class MatchPlacementType {
  @Field(() => ChildType)
  child!: ChildType

  @Field(() => HobbyGroupType)
  group!: HobbyGroupType

  @Field(() => Int, { description: "Position of the group in the pupil's ranking, 1 = first choice." })
  rank!: number

  @Field(() => Int)
  round!: number
}

@ObjectType('UnplacedPupil')
export class UnplacedPupilType {
  @Field(() => ChildType)
  child!: ChildType

  @Field(() => String, { description: 'ranked-nothing, no-acceptable-offering or acceptable-offerings-full.' })
  reason!: string
}

@ObjectType('PlanningSuggestion', { description: 'A group that would place pupils who are still unplaced.' })
export class PlanningSuggestionType {
  @Field(() => String, { description: 'another-group (a copy of a full group) or other-time.' })
  kind!: string

  @Field(() => String)
  activity!: string

  @Field(() => Int)
  wouldPlace!: number

  @Field(() => Int)
  interested!: number
}

@ObjectType('MatchRun', { description: 'A run of the matcher on a closed survey, kept with its input and output.' })
export class MatchRunType {
  @Field(() => ID)
  id!: number

  @Field(() => MechanismEnum)
  mechanism!: string

  @Field(() => Int)
  seed!: number

  @Field(() => Int)
  maxPlacements!: number

  @Field(() => Date)
  createdAt!: Date

  @Field(() => Date, { nullable: true, description: 'When its offers went out.' })
  publishedAt?: Date | null

  @Field(() => Int)
  participants!: number

  @Field(() => Int)
  placed!: number

  @Field(() => Float)
  placedShare!: number

  @Field(() => Float)
  firstChoiceShare!: number

  @Field(() => Float)
  top3Share!: number

  @Field(() => [Int], { description: 'Index i: placements at rank i + 1.' })
  rankHistogram!: number[]

  @Field(() => Float, { nullable: true })
  girlsPlacedShare?: number | null

  @Field(() => Float, { nullable: true })
  boysPlacedShare?: number | null

  @Field(() => Int, { nullable: true, description: 'How many the other mechanism would place.' })
  otherMechanismPlaced?: number | null

  @Field(() => [MatchPlacementType])
  placements!: MatchPlacementType[]

  @Field(() => [UnplacedPupilType])
  unplaced!: UnplacedPupilType[]

  @Field(() => [PlanningSuggestionType])
  planning!: PlanningSuggestionType[]
}

@ObjectType('MatchRunVerification', {
  description: "A run's verification bundle: its input with the children pseudonymised, and the digest of its placements.",
})
export class MatchRunVerificationType {
  @Field(() => String)
  fileName!: string

  @Field(() => String, { description: 'JSON; check it with `pnpm -s match --verify <file>`.' })
  content!: string

  @Field(() => String)
  placementsSha256!: string
}
