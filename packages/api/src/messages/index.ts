/**
 * Messages to families and staff: a transactional outbox (queueMessages writes them in the same
 * transaction as the change that causes them), templates per kind and language, the channels (SMTP,
 * the city's SMS service, the demo's folder), the sender (deliverMessages, run as a job) and the
 * coordinators' view of delivery.
 */
import type { FilterQuery } from '@mikro-orm/core'
import { defineModule } from '../graphql/ApiModule.js'
import { MessageEntity, type Message } from './message.entity.js'
import { MessageResolver } from './message.resolver.js'
import { daysBefore, type PersonalDataPart } from '../privacy/PersonalData.js'
import { deliverMessages } from './deliverMessages.js'

export { MessageEntity, MESSAGE_KINDS, OPTIONAL_KINDS, type Message, type MessageKind, type Language } from './message.entity.js'
export { MESSAGE_COLUMNS, messageLanguage, messageRows, queueMessages, toGuardians, type MessageDraft } from './queueMessages.js'
export { deliverMessages, MAX_ATTEMPTS, type DeliveryOptions, type DeliveryReport } from './deliverMessages.js'
export { renderMessage, TEMPLATES, type RenderedMessage } from './renderMessage.js'
export { formatMoment, formatSessions, helsinkiDay, TIME_ZONE } from './formatMoment.js'
export { Outbox } from './Outbox.js'
export { emailChannel, type EmailOptions } from './channels/emailChannel.js'
export { smsChannel, type SmsOptions } from './channels/smsChannel.js'
export { folderChannel } from './channels/folderChannel.js'
export { channelsFromEnv } from './channelsFromEnv.js'
export { PermanentFailure, type MessageChannel, type MessageChannels } from './channels/MessageChannel.js'

/** Messages name children and carry their guardians' addresses: they go with the child's or the guardian's erasure. */
const messagesPersonalData: PersonalDataPart = {
  childNodes: async () => new Map(),
  blockers: async () => [],
  async erase(em, childIds) {
    await em.nativeDelete(MessageEntity, { childId: { $in: childIds } })
  },
  async eraseGuardian(em, userId) {
    await em.nativeDelete(MessageEntity, { recipientId: userId })
  },
  async retain(em, periods, now, dryRun) {
    const old = { createdAt: { $lt: daysBefore(now, periods.messages) }, status: { $in: ['sent', 'failed', 'uncertain'] } } as FilterQuery<Message>
    return { messages: dryRun ? await em.count(MessageEntity, old) : await em.nativeDelete(MessageEntity, old) }
  },
}

export const messagesModule = defineModule({
  name: 'messages',
  entities: [MessageEntity],
  resolvers: [MessageResolver],
  createLoaders: () => ({}),
  personalData: messagesPersonalData,
  jobs: [{ name: 'deliverMessages', cron: '* * * * *', everySeconds: 60, run: ({ em, outbox, now }) => deliverMessages(em, outbox, { now }) }],
})
