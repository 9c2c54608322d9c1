import type { Message } from '../message.entity.js'
import type { RenderedMessage } from '../renderMessage.js'

/** Where messages of one channel go: an SMTP server, an SMS provider, or the demo's folder. */
export interface MessageChannel {
  /** Shown to coordinators, e.g. "smtp" or "folder". */
  readonly name: string
  /** Delivers one message; throws with a reason the coordinators can read when it could not. */
  send(message: Message, rendered: RenderedMessage): Promise<void>
  close?(): Promise<void>
}

/** A channel per kind of address; a message of a channel without one waits, queued. */
export interface MessageChannels {
  email?: MessageChannel
  sms?: MessageChannel
}

/** The e-mail's Message-ID, made from the message's key: a copy sent again after a crash carries the same one. */
export function messageId(message: Pick<Message, 'key'>): string {
  return `<${message.key.replace(/[^\w.-]/g, '.')}@mukana>`
}

/** A failure that another attempt would not mend (a refused address, a wrong number): the message fails at once. */
export class PermanentFailure extends Error {}
