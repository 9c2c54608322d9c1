import { Field, ID, ObjectType } from 'type-graphql'

@ObjectType('ArtField', { description: 'A field of art or culture (music, theatre, …).' })
export class ArtFieldType {
  @Field(() => ID)
  id!: number

  @Field(() => String)
  code!: string
}
