import { Field, ID, Int, ObjectType } from 'type-graphql'
import { ArtFieldType } from '../artField/artField.type.js'
import { InstitutionType } from '../institution/institution.type.js'

@ObjectType('Track', { description: "One cohort's seven years with one institution of one field." })
export class TrackType {
  @Field(() => ID)
  id!: number

  @Field(() => ArtFieldType)
  field!: ArtFieldType

  @Field(() => InstitutionType)
  institution!: InstitutionType

  @Field(() => Int)
  capacity!: number

  @Field(() => Int)
  seatsTaken!: number

  @Field(() => [String], { description: 'Of fi, sv, en.' })
  languages!: string[]

  @Field(() => [String])
  reservedDistricts!: string[]

  @Field(() => Int)
  reservedSeats!: number
}
