import nodemailer from 'nodemailer'
import type { Message } from '../message.entity.js'
import type { RenderedMessage } from '../renderMessage.js'
import { messageId, PermanentFailure, type MessageChannel } from './MessageChannel.js'

export interface EmailOptions {
  /** e.g. smtp://127.0.0.1:2525 or smtps://user:password@mail.example.fi (MUKANA_SMTP_URL). */
  smtpUrl: string
  /** e.g. "Mukana <mukana@hel.fi>" (MUKANA_MAIL_FROM). */
  from: string
}

/** The e-mail as sent: both the plain text and the HTML, a stable Message-ID, and an unsubscribe header for reminders. */
export function mailOf(message: Message, rendered: RenderedMessage, from: string, unsubscribeUrl?: string) {
  return {
    from,
    to: message.address,
    subject: rendered.subject,
    text: rendered.text,
    html: rendered.html,
    messageId: messageId(message),
    headers: unsubscribeUrl ? { 'List-Unsubscribe': `<${unsubscribeUrl}>` } : undefined,
  }
}

/** Messages a sender has on its way at once (and the SMTP connections it keeps). */
export const SENDING_AT_ONCE = 5

/** E-mail over SMTP (nodemailer): a message counts as sent once the server has accepted it. */
export function emailChannel(options: EmailOptions): MessageChannel {
  // A pool of connections: a publication's thousands of messages do not each open their own.
  const transport = nodemailer.createTransport({ url: options.smtpUrl, pool: true, maxConnections: SENDING_AT_ONCE } as never)
  return {
    name: 'smtp',
    async send(message, rendered) {
      try {
        await transport.sendMail(mailOf(message, rendered, options.from, rendered.unsubscribeUrl))
      } catch (error) {
        // 5xx: the server refuses this message for good (no such mailbox); anything else may pass on a retry.
        const code = (error as { responseCode?: number }).responseCode
        if (code !== undefined && code >= 500) throw new PermanentFailure(`the mail server refused it: ${(error as Error).message}`)
        throw error
      }
    },
    async close() {
      transport.close()
    },
  }
}
