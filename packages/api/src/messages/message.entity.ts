import { EntitySchema, type Opt } from '@mikro-orm/core'

/**
 * Terminology
 * - kind: what happened (an offer made, a survey closing, …); each kind has a template per language.
 * - key: the message's idempotency key, from the change that caused it (`offerLapsed:412:77`): the same
 *   change never queues the same message twice, and the e-mail's Message-ID is made from it.
 * - channel: e-mail or SMS; a message to both is two rows, each delivered on its own.
 * - status: queued → sending (claimed by a sender, until its lease ends) → sent; a failed attempt goes
 *   back to queued after a backoff, and to failed (the dead letter) after MAX_ATTEMPTS. A text message
 *   whose sender stopped mid-way becomes uncertain: SMS has no way to send without a second copy.
 */
export const MESSAGE_KINDS = [
  'offerMade',
  'offerPromoted',
  'offerReminder',
  'offerLapsed',
  'seatFreed',
  'surveyOpened',
  'surveyClosing',
  'enrolmentConfirmed',
  'sessionsChanged',
  'eventReminder',
  'invitation',
  'signInLink',
] as const
export type MessageKind = (typeof MESSAGE_KINDS)[number]

/** Reminders a guardian may turn off (the unsubscribe link); everything about their own offers always comes. */
export const OPTIONAL_KINDS: readonly MessageKind[] = ['surveyOpened', 'surveyClosing', 'eventReminder', 'seatFreed']

export const CHANNELS = ['email', 'sms'] as const
export type Channel = (typeof CHANNELS)[number]

export const MESSAGE_STATUSES = ['queued', 'sending', 'sent', 'failed', 'uncertain'] as const
export type MessageStatus = (typeof MESSAGE_STATUSES)[number]

export const LANGUAGES = ['fi', 'sv', 'en'] as const
export type Language = (typeof LANGUAGES)[number]

/**
 * What a template is filled with: texts, moments (ISO strings under the keys of MOMENTS), weekly sessions,
 * and content in the city's languages (a group's name), written in the message's language.
 */
export type MessageParams = Record<string, string | number | { day: string; start: string; end: string }[] | LocalizedParam>

/** A text in Finnish, and in Swedish and English when given: the message takes its own language's, else Finnish. */
export interface LocalizedParam {
  fi: string
  sv: string | null
  en: string | null
}

export interface Message {
  id: number
  key: string
  kind: MessageKind
  channel: Channel
  /** The account it is for (null once the account is erased; the row stays for the delivery figures). */
  recipientId: number | null
  /** E-mail address or phone number (E.164) at the time it was queued. */
  address: string
  /** The child it is about, if any: the message goes when the child's data is erased. */
  childId: number | null
  language: Language
  params: MessageParams
  /** For the coordinators' delivery view: the area the message concerns (null: city-wide, e.g. staff invitations). */
  areaId: number | null
  status: MessageStatus & Opt
  attempts: number & Opt
  lastError: (string | null) & Opt
  /** Not sent before this (backoff after a failure). */
  notBefore: Date
  /** The sender that claimed it, and until when; another sender takes it over after that. */
  claim: (string | null) & Opt
  leaseUntil: (Date | null) & Opt
  createdAt: Date
  sentAt: (Date | null) & Opt
}

export const MessageEntity = new EntitySchema<Message>({
  name: 'Message',
  tableName: 'message',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    key: { type: 'string', length: 200, unique: true },
    kind: { type: 'string', length: 32 },
    channel: { type: 'string', length: 8 },
    recipientId: { type: 'integer', nullable: true, index: true },
    address: { type: 'string', length: 320 },
    childId: { type: 'integer', nullable: true, index: true },
    language: { type: 'string', length: 2 },
    // Written by the thousand when a run is published, read whole when sent, never queried inside: json
    // (text) is stored at half the cost of parsing each into jsonb.
    params: { type: 'json', columnType: 'json' },
    areaId: { type: 'integer', nullable: true },
    status: { type: 'string', length: 16, default: 'queued' },
    attempts: { type: 'integer', default: 0 },
    lastError: { type: 'text', nullable: true },
    notBefore: { type: 'datetime' },
    claim: { type: 'string', length: 32, nullable: true, index: true },
    leaseUntil: { type: 'datetime', nullable: true },
    createdAt: { type: 'datetime' },
    sentAt: { type: 'datetime', nullable: true },
  },
  indexes: [{ properties: ['status', 'notBefore'] }, { properties: ['kind', 'status'] }],
})
