import type { EntityManager } from '@mikro-orm/core'
import type { User } from '../modules/people/user/user.entity.js'
import { insertRows } from '../db/insertRows.js'
import { LANGUAGES, OPTIONAL_KINDS, type Channel, type Language, type MessageKind, type MessageParams } from './message.entity.js'

/** One message to one person, as the change that causes it describes it. */
export interface MessageDraft {
  kind: MessageKind
  /** What the message is about, unique within its kind for the recipient (an offer's id, a survey's id): with them, the idempotency key. */
  about: string | number
  recipient: Pick<User, 'id' | 'email' | 'phone' | 'language' | 'messageChannels' | 'reminders'>
  /** The child's home languages, main first: the message's language when the recipient has not chosen one. */
  homeLanguages?: string[]
  areaId?: number | null
  /** The child it is about, if any. */
  childId?: number | null
  params: MessageParams
}

/** The recipient's own choice, else the child's home language where the city writes in it, else Finnish. */
export function messageLanguage(recipient: Pick<User, 'language'>, homeLanguages: string[] = []): Language {
  const own = recipient.language as Language | null | undefined
  if (own && LANGUAGES.includes(own)) return own
  return (homeLanguages.find((language) => LANGUAGES.includes(language as Language)) as Language | undefined) ?? 'fi'
}

/** The channels a message goes by: the recipient's choice, SMS only where there is a number, e-mail otherwise. */
export function messageChannels(recipient: MessageDraft['recipient']): Channel[] {
  const choice = recipient.messageChannels ?? 'email'
  const sms = choice !== 'email' && recipient.phone ? (['sms'] as const) : []
  return choice === 'sms' && sms.length > 0 ? [...sms] : ['email', ...sms]
}

/**
 * Writes messages to the outbox in the caller's transaction: they exist if and only if the change that
 * caused them commits, and the sender delivers them afterwards. A message already queued under the same
 * key is left as it is (insert … on conflict do nothing), so a change observed twice (two reminder
 * sweeps, two processes) still queues one message. Optional reminders skip recipients who turned them off.
 */
export async function queueMessages(tx: EntityManager, drafts: MessageDraft[], now: Date): Promise<void> {
  await insertRows(tx, 'message', MESSAGE_COLUMNS, messageRows(drafts, now), { onConflict: 'ignore' })
}

/** The outbox's columns, in the order of messageRows' values. */
export const MESSAGE_COLUMNS = [
  'key',
  'kind',
  'channel',
  'recipient_id',
  'address',
  'language',
  'params',
  'area_id',
  'child_id',
  'status',
  'attempts',
  'not_before',
  'created_at',
] as const

/** The outbox rows of these drafts (values in MESSAGE_COLUMNS' order): one per recipient and channel. */
export function messageRows(drafts: MessageDraft[], now: Date): unknown[][] {
  return drafts.flatMap((draft) => {
    if (OPTIONAL_KINDS.includes(draft.kind) && draft.recipient.reminders === false) return []
    const language = messageLanguage(draft.recipient, draft.homeLanguages)
    return messageChannels(draft.recipient).map((channel) => [
      `${draft.kind}:${draft.about}:${draft.recipient.id}:${channel}`,
      draft.kind,
      channel,
      draft.recipient.id,
      channel === 'sms' ? draft.recipient.phone! : draft.recipient.email,
      language,
      draft.params,
      draft.areaId ?? null,
      draft.childId ?? null,
      'queued',
      0,
      now,
      now,
    ])
  })
}

/** A child's message to each of its guardians (the child's guardians loaded). */
export function toGuardians(
  child: { id: number; homeLanguages: string[]; guardians: Iterable<MessageDraft['recipient']> },
  message: Pick<MessageDraft, 'kind' | 'about' | 'params' | 'areaId'>,
): MessageDraft[] {
  return [...child.guardians].map((recipient) => ({ ...message, recipient, homeLanguages: child.homeLanguages, childId: child.id }))
}
