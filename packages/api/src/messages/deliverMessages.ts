import { randomBytes } from 'node:crypto'
import { raw, type EntityManager } from '@mikro-orm/core'
import type { SqlEntityManager } from '@mikro-orm/knex'
import { MessageEntity, type Message } from './message.entity.js'
import type { Outbox } from './Outbox.js'
import { PermanentFailure } from './channels/MessageChannel.js'
import { SENDING_AT_ONCE } from './channels/emailChannel.js'

/** Attempts before a message fails for good (the dead letter; coordinators see it and may resend). */
export const MAX_ATTEMPTS = 5

export interface DeliveryOptions {
  now?: Date
  /** Messages one sweep claims (it runs again while there are more). */
  batch?: number
  /** How long a claim holds: a sender that has not finished by then is taken to have stopped. */
  leaseMs?: number
  /** The wait before the first retry, doubled for each further one. */
  retryAfterMs?: number
  /** Tests stop the sender here, between sending and marking, as a crash would. */
  afterSend?: (message: Message) => void
}

export interface DeliveryReport {
  sent: number
  failed: number
  retried: number
}

/**
 * Delivers queued messages. A sender first claims a batch (one conditional update: however many
 * senders run, each message is claimed by one), sends each, and marks it sent. If a sender stops
 * between sending and marking, its lease runs out and the message is dealt with by its channel:
 * e-mail is sent again with the same Message-ID, which mail systems use to drop the second copy;
 * a text message has no such id, so it is marked uncertain and never sent twice on its own
 * (a coordinator sees it and may resend).
 */
export async function deliverMessages(em: EntityManager, outbox: Outbox, options: DeliveryOptions = {}): Promise<DeliveryReport> {
  const now = options.now ?? new Date()
  const report: DeliveryReport = { sent: 0, failed: 0, retried: 0 }
  await recoverStopped(em, now)
  const channels = Object.entries(outbox.channels)
    .filter(([, channel]) => channel)
    .map(([name]) => name)
  if (channels.length === 0) return report
  for (;;) {
    const claimed = await claim(em, channels, now, options.batch ?? 100, options.leaseMs ?? 5 * 60_000)
    if (claimed.length === 0) return report
    // A few at once: an SMTP pool and the SMS service both take parallel requests.
    for (let start = 0; start < claimed.length; start += SENDING_AT_ONCE) {
      await Promise.all(claimed.slice(start, start + SENDING_AT_ONCE).map((message) => deliverOne(em, outbox, message, now, options, report)))
    }
  }
}

async function deliverOne(em: EntityManager, outbox: Outbox, message: Message, now: Date, options: DeliveryOptions, report: DeliveryReport): Promise<void> {
  const channel = outbox.channels[message.channel]!
  try {
    await channel.send(message, outbox.render(message))
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    const final = error instanceof PermanentFailure || message.attempts >= MAX_ATTEMPTS
    const retryAt = new Date(now.getTime() + (options.retryAfterMs ?? 60_000) * 2 ** (message.attempts - 1))
    await em.nativeUpdate(
      MessageEntity,
      { id: message.id, claim: message.claim },
      final ? { status: 'failed', lastError: reason, claim: null } : { status: 'queued', lastError: reason, claim: null, notBefore: retryAt },
    )
    if (final) report.failed++
    else report.retried++
    return
  }
  options.afterSend?.(message)
  await em.nativeUpdate(MessageEntity, { id: message.id, claim: message.claim }, { status: 'sent', sentAt: new Date(), claim: null, lastError: null })
  report.sent++
}

/** Claims up to `batch` due messages of the configured channels for this sender. */
async function claim(em: EntityManager, channels: string[], now: Date, batch: number, leaseMs: number): Promise<Message[]> {
  const token = randomBytes(12).toString('hex')
  const sql = em as SqlEntityManager
  const due = sql
    .createQueryBuilder(MessageEntity)
    .select('id')
    .where({ status: 'queued', notBefore: { $lte: now }, channel: { $in: channels } })
    .orderBy({ id: 'asc' })
    .limit(batch)
  // `status = queued` again in the update itself: of two senders that picked the same rows, the second finds them claimed.
  await sql
    .createQueryBuilder(MessageEntity)
    .update({ status: 'sending', claim: token, leaseUntil: new Date(now.getTime() + leaseMs), attempts: raw('attempts + 1') })
    .where({ status: 'queued', id: { $in: due.getKnexQuery() as never } })
    .execute()
  return em.fork().find(MessageEntity, { claim: token }, { orderBy: { id: 'asc' } })
}

/** Messages whose sender stopped mid-way: e-mail goes out again (same Message-ID), a text message becomes uncertain. */
async function recoverStopped(em: EntityManager, now: Date): Promise<void> {
  const stopped = { status: 'sending' as const, leaseUntil: { $lt: now } }
  await em.nativeUpdate(
    MessageEntity,
    { ...stopped, channel: 'email' },
    { status: 'queued', claim: null, lastError: 'the sender stopped before marking it sent' },
  )
  await em.nativeUpdate(
    MessageEntity,
    { ...stopped, channel: 'sms' },
    { status: 'uncertain', claim: null, lastError: 'the sender stopped while sending: it may or may not have arrived' },
  )
}
