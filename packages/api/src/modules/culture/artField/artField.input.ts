import { Field, InputType } from 'type-graphql'

@InputType('CreateArtFieldInput')
export class CreateArtFieldInput {
  @Field(() => String)
  code!: string

  @Field(() => String)
  nameFi!: string

  @Field(() => String)
  nameSv!: string

  @Field(() => String)
  nameEn!: string
}
