import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql'
import { CHANNELS, LANGUAGES, MESSAGE_KINDS, MESSAGE_STATUSES } from './message.entity.js'
import { MESSAGE_CHANNELS } from '../modules/people/user/user.entity.js'

/** A GraphQL enum of the entity's own values (offerMade → OFFER_MADE): one list of each, in message.entity.ts. */
const upper = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase(), v]))

export const MessageKindEnum = upper(MESSAGE_KINDS)
registerEnumType(MessageKindEnum, { name: 'MessageKind', description: 'What a message tells about.' })

export const MessageStatusEnum = upper(MESSAGE_STATUSES)
registerEnumType(MessageStatusEnum, {
  name: 'MessageStatus',
  description: 'queued (waiting, or retrying after a failure), sending, sent, failed (for good), uncertain (a text message whose sender stopped mid-way).',
})

export const MessageChannelEnum = upper(CHANNELS)
registerEnumType(MessageChannelEnum, { name: 'MessageChannel' })

export const ChannelChoiceEnum = upper(MESSAGE_CHANNELS)
registerEnumType(ChannelChoiceEnum, { name: 'ChannelChoice', description: 'How a person wants their messages.' })

export const MessageLanguageEnum = upper(LANGUAGES)
registerEnumType(MessageLanguageEnum, { name: 'MessageLanguage' })

@ObjectType('OutboxMessage', { description: 'A message to a family or a staff member, as queued and delivered.' })
export class OutboxMessageType {
  @Field(() => ID)
  id!: number

  @Field(() => MessageKindEnum)
  kind!: string

  @Field(() => MessageChannelEnum)
  channel!: string

  @Field(() => String, { description: 'The e-mail address or phone number it goes to.' })
  address!: string

  @Field(() => MessageLanguageEnum)
  language!: string

  @Field(() => MessageStatusEnum)
  status!: string

  @Field(() => Int)
  attempts!: number

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed.' })
  lastError!: string | null

  @Field(() => Date)
  createdAt!: Date

  @Field(() => Date, { nullable: true })
  sentAt!: Date | null

  @Field(() => String, { description: 'The subject (e-mail) as the recipient reads it.' })
  subject!: string

  @Field(() => String, { description: 'The text as the recipient reads it (for SMS, the short text).' })
  text!: string
}

@ObjectType('MessageDeliveryCount', { description: 'How many messages of a kind are in a status.' })
export class MessageDeliveryCountType {
  @Field(() => MessageKindEnum)
  kind!: string

  @Field(() => MessageStatusEnum)
  status!: string

  @Field(() => Int)
  count!: number
}

@ObjectType('MessageDelivery', { description: 'Where messages go: the configured channels, and the counts per kind and status.' })
export class MessageDeliveryType {
  @Field(() => String, { nullable: true, description: 'How e-mail is delivered: smtp, folder (the demo: written to mukana-outbox/), or null (kept queued).' })
  email!: string | null

  @Field(() => String, { nullable: true, description: 'How text messages are delivered: notification-service, folder, or null (kept queued).' })
  sms!: string | null

  @Field(() => [MessageDeliveryCountType])
  counts!: MessageDeliveryCountType[]
}

@ObjectType('MessagePreferences', { description: "How the signed-in person's messages reach them." })
export class MessagePreferencesType {
  @Field(() => MessageLanguageEnum, { nullable: true, description: "Null: the child's home language where it is Finnish, Swedish or English, else Finnish." })
  language!: string | null

  @Field(() => ChannelChoiceEnum)
  channels!: string

  @Field(() => Boolean, { description: 'Optional reminders (surveys, events, freed places). Messages about offers and their deadlines always come.' })
  reminders!: boolean

  @Field(() => String)
  email!: string

  @Field(() => String, { nullable: true, description: 'The mobile number text messages go to (from the class list).' })
  phone!: string | null
}

@InputType('MessagePreferencesInput')
export class MessagePreferencesInput {
  @Field(() => MessageLanguageEnum, { nullable: true })
  language?: string | null

  @Field(() => ChannelChoiceEnum)
  channels!: string

  @Field(() => Boolean)
  reminders!: boolean
}
