import { Field, ID, InputType } from 'type-graphql'
import { TranslatedNameInput } from '../../../graphql/translations.js'

@InputType('CreateInstitutionInput')
export class CreateInstitutionInput extends TranslatedNameInput {
  @Field(() => String)
  name!: string

  @Field(() => ID)
  fieldId!: string
}
