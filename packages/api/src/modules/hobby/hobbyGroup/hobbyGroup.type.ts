import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql'
import { ClubType } from '../club/club.type.js'
import { WeeklySessionType } from '../../../graphql/WeeklySession.js'
import { SchoolType } from '../../people/index.js'

/** GraphQL enum names for the stored values. */
export const HobbyGroupKindEnum = { SCHOOL_DAY: 'school-day', AFTER_SCHOOL: 'after-school', FREE_TIME: 'free-time' } as const
registerEnumType(HobbyGroupKindEnum, { name: 'HobbyGroupKind', description: 'During the school day, right after it, or in free time.' })

@ObjectType('HobbyGroup', { description: 'A weekly hobby group a club publishes.' })
export class HobbyGroupType {
  @Field(() => ID)
  id!: number

  @Field(() => String)
  name!: string

  @Field(() => String, { description: 'Code from the activity catalogue.' })
  activity!: string

  @Field(() => String)
  description!: string

  @Field(() => String)
  venue!: string

  @Field(() => Int)
  capacity!: number

  @Field(() => Int, { description: 'Seats held for girls; seats they leave unused go to anyone.' })
  girlsReservedSeats!: number

  @Field(() => Boolean)
  girlsOnly!: boolean

  @Field(() => Boolean, { description: 'A parent joins the child.' })
  familyGroup!: boolean

  @Field(() => Int, { description: "In a family group, the places for the children's adults." })
  adultPlaces!: number

  @Field(() => [Int])
  grades!: number[]

  @Field(() => HobbyGroupKindEnum)
  kind!: string

  @Field(() => String, { description: 'E.g. 2026-autumn.' })
  term!: string

  @Field(() => [WeeklySessionType])
  sessions!: WeeklySessionType[]

  @Field(() => Int, { description: 'Seats taken by enrolments.' })
  seatsTaken!: number

  @Field(() => ClubType)
  club!: ClubType

  @Field(() => SchoolType, { nullable: true, description: 'The school it meets at, if any.' })
  school?: SchoolType | null
}
