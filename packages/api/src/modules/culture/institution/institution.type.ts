import { Field, ID, ObjectType } from 'type-graphql'
import { ArtFieldType } from '../artField/artField.type.js'

@ObjectType('Institution', { description: 'An orchestra, theatre, museum, library… hosting godchildren.' })
export class InstitutionType {
  @Field(() => ID)
  id!: number

  @Field(() => String)
  name!: string

  @Field(() => ArtFieldType)
  field!: ArtFieldType
}
