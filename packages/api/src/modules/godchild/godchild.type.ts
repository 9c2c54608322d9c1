import { Field, ID, Int, ObjectType } from 'type-graphql'
import { TrackType } from '../track/track.type.js'

@ObjectType('Godchild', { description: 'A child on the culture godchild programme, and the track kept for seven years.' })
export class GodchildType {
  @Field(() => ID)
  id!: number

  @Field(() => String)
  firstName!: string

  @Field(() => Int)
  birthYear!: number

  @Field(() => String)
  district!: string

  @Field(() => [String])
  homeLanguages!: string[]

  @Field(() => [ID])
  fieldRanking!: number[]

  @Field(() => TrackType, { nullable: true, description: 'Null until the cohort is assigned, or while every fitting track is full.' })
  track!: TrackType | null
}
