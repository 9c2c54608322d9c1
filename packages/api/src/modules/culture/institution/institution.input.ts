import { Field, ID, InputType } from 'type-graphql'

@InputType('CreateInstitutionInput')
export class CreateInstitutionInput {
  @Field(() => String)
  name!: string

  @Field(() => ID)
  fieldId!: string
}
