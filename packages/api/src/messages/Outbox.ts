import { createHmac, timingSafeEqual } from 'node:crypto'
import { OPTIONAL_KINDS, type Message } from './message.entity.js'
import { renderMessage, type RenderedMessage } from './renderMessage.js'
import type { MessageChannels } from './channels/MessageChannel.js'

export interface OutboxOptions {
  /** The app's address for links in messages (MUKANA_PUBLIC_URL). */
  publicUrl: string
  /** The service's token secret: unsubscribe links are signed with a key derived from it. */
  tokenSecret: string
  channels: MessageChannels
}

/** What the sender and the coordinators' view share: how a queued message reads, and where it goes. */
export class Outbox {
  readonly publicUrl: string
  readonly channels: MessageChannels
  readonly #secret: string

  constructor(options: OutboxOptions) {
    this.publicUrl = options.publicUrl.replace(/\/$/, '')
    this.channels = options.channels
    this.#secret = createHmac('sha256', options.tokenSecret).update('mukana unsubscribe').digest('hex')
  }

  /** The recipient's link that turns optional reminders off, signed so that nobody else's can be made. */
  unsubscribeUrl(recipientId: number): string {
    return `${this.publicUrl}/unsubscribe?u=${recipientId}&t=${this.#sign(recipientId)}`
  }

  /** Whether an unsubscribe link's token is this recipient's. */
  checkUnsubscribe(recipientId: number, token: string): boolean {
    const expected = Buffer.from(this.#sign(recipientId))
    const given = Buffer.from(token)
    return given.length === expected.length && timingSafeEqual(given, expected)
  }

  /** Closes the channels' connections (the SMTP pool). */
  async close(): Promise<void> {
    await Promise.all(Object.values(this.channels).map((channel) => channel?.close?.()))
  }

  render(message: Message): RenderedMessage {
    const unsubscribeUrl = OPTIONAL_KINDS.includes(message.kind) && message.recipientId !== null ? this.unsubscribeUrl(message.recipientId) : undefined
    return renderMessage(message, { publicUrl: this.publicUrl, unsubscribeUrl })
  }

  #sign(recipientId: number): string {
    return createHmac('sha256', this.#secret).update(`unsubscribe:${recipientId}`).digest('base64url').slice(0, 32)
  }
}
