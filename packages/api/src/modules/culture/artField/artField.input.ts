import { LocalizedTextInput } from '../../../graphql/LocalizedText.js'
import { Field, InputType } from 'type-graphql'

@InputType('CreateArtFieldInput')
export class CreateArtFieldInput {
  @Field(() => String)
  code!: string

  @Field(() => LocalizedTextInput, { description: 'In all three languages: families read field names in theirs.' })
  name!: LocalizedTextInput
}
