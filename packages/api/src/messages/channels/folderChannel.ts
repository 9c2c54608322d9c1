import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import nodemailer from 'nodemailer'
import { mailOf } from './emailChannel.js'
import type { MessageChannel } from './MessageChannel.js'

/**
 * The demo's channel: with no SMTP server or SMS provider configured, each message is written to a
 * folder (mukana-outbox/ by default) as it would have been sent: e-mails as .eml files, which any mail
 * program opens, and text messages as .txt.
 */
export function folderChannel(folder: string, from = 'Mukana <mukana@localhost>'): MessageChannel {
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' })
  return {
    name: 'folder',
    async send(message, rendered) {
      mkdirSync(folder, { recursive: true })
      const base = join(folder, `${String(message.id).padStart(6, '0')}-${message.kind}-${message.channel}`)
      if (message.channel === 'sms') return writeFileSync(`${base}.txt`, `To: ${message.address}\n\n${rendered.sms}\n`)
      const info = await composer.sendMail(mailOf(message, rendered, from, rendered.unsubscribeUrl))
      writeFileSync(`${base}.eml`, info.message as Buffer)
    },
  }
}
