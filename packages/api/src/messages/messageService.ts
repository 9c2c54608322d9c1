import type { EntityManager, FilterQuery } from '@mikro-orm/core'
import { ApiError } from '../graphql/ApiError.js'
import { fieldIssue } from '../graphql/fieldIssue.js'
import { MESSAGE_CHANNELS, UserEntity, type User } from '../modules/people/user/user.entity.js'
import { MessageEntity, LANGUAGES, type Message } from './message.entity.js'
import type { Outbox } from './Outbox.js'
import type { MessagePreferencesInput } from './message.type.js'
import type { Account } from '../modules/people/index.js'

/** The messages a staff member may see: an admin all, a coordinator those concerning their area. */
export function visibleMessages(user: Account): FilterQuery<Message> {
  return user.role === 'admin' ? {} : { areaId: user.area?.id ?? -1 }
}

/** The message, if the user may see it; `not_found` for one they may not (tells nothing of others). */
export async function findVisibleMessage(em: EntityManager, user: Account, id: number): Promise<Message> {
  const message = await em.findOne(MessageEntity, { id, ...(visibleMessages(user) as object) })
  if (!message) throw new ApiError('not_found', `No message ${id}.`)
  return message
}

/**
 * A coordinator sends a message again: a failed or uncertain one goes back to the queue with fresh
 * attempts; a sent one (the family says it never came) is queued once more as a new copy. One being
 * sent now cannot be resent until it is done.
 */
export async function resendMessage(em: EntityManager, user: Account, id: number, now = new Date()): Promise<Message> {
  const message = await findVisibleMessage(em, user, id)
  if (message.status === 'failed' || message.status === 'uncertain') {
    const requeued = await em.nativeUpdate(
      MessageEntity,
      { id, status: message.status },
      { status: 'queued', attempts: 0, notBefore: now, lastError: null, claim: null },
    )
    if (requeued === 0) throw new ApiError('message/in_progress', 'This message changed meanwhile: look again.')
    return em.findOneOrFail(MessageEntity, { id }, { refresh: true })
  }
  if (message.status !== 'sent') throw new ApiError('message/in_progress', 'This message is still queued or being sent.')
  const copy = em.create(MessageEntity, {
    ...message,
    id: undefined as never,
    key: `${message.key}:again:${now.getTime()}`,
    status: 'queued',
    attempts: 0,
    lastError: null,
    claim: null,
    leaseUntil: null,
    sentAt: null,
    notBefore: now,
    createdAt: now,
  })
  await em.flush()
  return copy
}

export function preferencesOf(user: Account) {
  return {
    language: user.language ?? null,
    channels: user.messageChannels ?? 'email',
    reminders: user.reminders !== false,
    email: user.email,
    phone: user.phone ?? null,
  }
}

/** The signed-in person chooses their language, channels and reminders. SMS needs a number on file. */
export async function setMessagePreferences(em: EntityManager, user: Account, input: MessagePreferencesInput) {
  const channels = input.channels as User['messageChannels']
  if (!MESSAGE_CHANNELS.includes(channels!))
    throw ApiError.invalid([fieldIssue('channels', 'one_of', { values: MESSAGE_CHANNELS.join(', '), got: input.channels })])
  if (input.language && !LANGUAGES.includes(input.language as never))
    throw ApiError.invalid([fieldIssue('language', 'one_of', { values: LANGUAGES.join(', '), got: input.language })])
  if (channels !== 'email' && !user.phone) throw ApiError.invalid([fieldIssue('channels', 'needs_phone')])
  const changes = { language: input.language ?? null, messageChannels: channels, reminders: input.reminders }
  await em.nativeUpdate(UserEntity, { id: user.id }, changes)
  return preferencesOf({ ...user, ...changes })
}

/** An unsubscribe link turns the recipient's optional reminders off; a link not made by this service changes nothing. */
export async function unsubscribeReminders(em: EntityManager, outbox: Outbox, recipientId: number, token: string): Promise<boolean> {
  if (!outbox.checkUnsubscribe(recipientId, token)) throw new ApiError('message/link_invalid', 'This unsubscribe link is not valid.')
  await em.nativeUpdate(UserEntity, { id: recipientId }, { reminders: false })
  return true
}
