import { SettingsError } from '../settings.js'
import { emailChannel } from './channels/emailChannel.js'
import { folderChannel } from './channels/folderChannel.js'
import { smsChannel } from './channels/smsChannel.js'
import type { MessageChannels } from './channels/MessageChannel.js'

/**
 * The channels from the environment: e-mail with MUKANA_SMTP_URL (and MUKANA_MAIL_FROM), text
 * messages with MUKANA_SMS_URL and MUKANA_SMS_TOKEN (and MUKANA_SMS_SENDER). A channel left out is
 * written to the folder MUKANA_OUTBOX_DIR, which the demo sets to mukana-outbox/ by default; outside
 * the demo, without a folder, its messages stay queued until the channel is configured.
 */
export function channelsFromEnv(env: Record<string, string | undefined>, demo: boolean): { channels: MessageChannels; warnings: string[] } {
  const warnings: string[] = []
  const channels: MessageChannels = {}
  if (env.MUKANA_SMTP_URL) {
    if (!/^smtps?:\/\//.test(env.MUKANA_SMTP_URL)) throw new SettingsError(`MUKANA_SMTP_URL must start with smtp:// or smtps://, not "${env.MUKANA_SMTP_URL}"`)
    channels.email = emailChannel({ smtpUrl: env.MUKANA_SMTP_URL, from: env.MUKANA_MAIL_FROM ?? 'Mukana <no-reply@localhost>' })
    if (!env.MUKANA_MAIL_FROM) warnings.push('MUKANA_MAIL_FROM is not set: e-mails come from no-reply@localhost')
  }
  if (env.MUKANA_SMS_URL && env.MUKANA_SMS_TOKEN) {
    channels.sms = smsChannel({ url: env.MUKANA_SMS_URL, token: env.MUKANA_SMS_TOKEN, sender: env.MUKANA_SMS_SENDER ?? 'Mukana' })
  }
  const folder = env.MUKANA_OUTBOX_DIR ?? (demo ? 'mukana-outbox' : undefined)
  if (folder) {
    channels.email ??= folderChannel(folder, env.MUKANA_MAIL_FROM)
    channels.sms ??= folderChannel(folder)
  }
  if (!channels.email) warnings.push('MUKANA_SMTP_URL is not set: e-mails stay queued until it is')
  if (!channels.sms) warnings.push('MUKANA_SMS_URL and MUKANA_SMS_TOKEN are not set: text messages stay queued until they are')
  return { channels, warnings }
}
