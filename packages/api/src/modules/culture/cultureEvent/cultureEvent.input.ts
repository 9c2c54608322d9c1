import { Field, InputType, Int } from 'type-graphql'
import { TranslatedContentInput } from '../../../graphql/translations.js'
import { InvitationEnum } from './cultureEvent.type.js'
import { LongText } from '../../../graphql/checkInput.js'

@InputType('OccurrenceInput')
export class OccurrenceInput {
  @Field(() => Date)
  startsAt!: Date

  @Field(() => String)
  venue!: string

  @Field(() => String, { description: 'fi, sv or en.' })
  language!: string

  @Field(() => Int, { description: 'Places, children and adults together.' })
  capacity!: number
}

@InputType('PublishCultureEventInput')
export class PublishCultureEventInput extends TranslatedContentInput {
  @Field(() => String)
  name!: string

  @LongText()
  @Field(() => String, { nullable: true })
  description?: string | null

  @Field(() => Int)
  year!: number

  @Field(() => String, { description: 'At most one event of a group a year per child, e.g. "spring-concert".' })
  eventGroup!: string

  @Field(() => InvitationEnum)
  invitation!: string

  @Field(() => [OccurrenceInput])
  occurrences!: OccurrenceInput[]
}
