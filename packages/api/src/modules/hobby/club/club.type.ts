import { Field, ID, InputType, Int, ObjectType } from 'type-graphql'
import { LongText } from '../../../graphql/checkInput.js'

@ObjectType('Club', { description: 'A provider of hobby groups.' })
export class ClubType {
  @Field(() => ID)
  id!: number

  @Field(() => String)
  name!: string

  @Field(() => String, { nullable: true, description: 'Where families write to the club.' })
  email?: string | null

  @Field(() => String, { nullable: true, description: 'E.164, e.g. +358401234567.' })
  phone?: string | null

  @Field(() => String, { nullable: true })
  website?: string | null

  @Field(() => String, { description: 'What the club is, in its own words.' })
  description!: string

  @Field(() => Int, {
    description: "The most of each of its groups' seats, in percent, the city's targeting may hold (the club's own seats for girls count apart).",
  })
  mostTargetedShare!: number
}

@InputType('ClubDetailsInput')
export class ClubDetailsInput {
  @Field(() => String, { nullable: true })
  email?: string | null

  @Field(() => String, { nullable: true })
  phone?: string | null

  @Field(() => String, { nullable: true, description: 'http:// or https://' })
  website?: string | null

  @LongText()
  @Field(() => String)
  description!: string

  @Field(() => Int, { nullable: true, description: 'Percent, 0–100; left out, it stays as it is.' })
  mostTargetedShare?: number | null
}
