import { Field, ID, InputType, Int } from 'type-graphql'
import { HobbyGroupKindEnum } from './hobbyGroup.type.js'
import { WeeklySessionInput } from '../../../graphql/WeeklySession.js'
import { LongText } from '../../../graphql/checkInput.js'
import { TranslatedContentInput } from '../../../graphql/translations.js'

@InputType('CreateHobbyGroupInput')
export class CreateHobbyGroupInput extends TranslatedContentInput {
  @Field(() => ID)
  clubId!: string

  @Field(() => ID, { nullable: true })
  schoolId?: string | null

  @Field(() => String)
  name!: string

  @Field(() => String)
  activity!: string

  @LongText()
  @Field(() => String, { nullable: true })
  description?: string | null

  @Field(() => String, { nullable: true })
  venue?: string | null

  @Field(() => Int)
  capacity!: number

  @Field(() => Int, { nullable: true })
  girlsReservedSeats?: number | null

  @Field(() => Boolean, { nullable: true })
  girlsOnly?: boolean | null

  @Field(() => Boolean, { nullable: true })
  familyGroup?: boolean | null

  @Field(() => Int, { nullable: true, description: "In a family group, the places for the children's adults (0 when none)." })
  adultPlaces?: number | null

  @Field(() => [Int])
  grades!: number[]

  @Field(() => HobbyGroupKindEnum)
  kind!: string

  @Field(() => String)
  term!: string

  @Field(() => [WeeklySessionInput])
  sessions!: WeeklySessionInput[]
}

@InputType('HobbyGroupFilter')
export class HobbyGroupFilter {
  @Field(() => ID, { nullable: true })
  areaId?: string | null

  @Field(() => ID, { nullable: true })
  schoolId?: string | null

  @Field(() => ID, { nullable: true })
  clubId?: string | null
}
