import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql'
import { raw } from '@mikro-orm/core'
import type { SqlEntityManager } from '@mikro-orm/knex'
import { ApiError } from '../graphql/ApiError.js'
import { fieldIssue } from '../graphql/fieldIssue.js'
import { currentUser, type Context } from '../graphql/context.js'
import { MESSAGE_KINDS, MESSAGE_STATUSES, MessageEntity, type Message } from './message.entity.js'
import { MessageDeliveryType, MessageKindEnum, MessagePreferencesInput, MessagePreferencesType, MessageStatusEnum, OutboxMessageType } from './message.type.js'
import { findVisibleMessage, preferencesOf, resendMessage, setMessagePreferences, unsubscribeReminders, visibleMessages } from './messageService.js'
import type { Outbox } from './Outbox.js'

/** A message with its text as the recipient reads it. */
function shown(outbox: Outbox, message: Message): OutboxMessageType {
  let rendered
  try {
    rendered = outbox.render(message)
  } catch (error) {
    rendered = { subject: '—', text: String(error), sms: String(error) }
  }
  // A one-time sign-in link is the recipient's alone: staff see that there was one, not the link.
  const text = (message.channel === 'sms' ? rendered.sms : rendered.text).replace(/#[\w-]{20,}/g, '#…')
  return { ...message, subject: rendered.subject, text }
}

@Resolver()
export class MessageResolver {
  @Authorized('admin', 'coordinator')
  @Query(() => [OutboxMessageType], { description: 'Messages, newest first: an admin sees all, a coordinator those about their area.' })
  async outboxMessages(
    @Ctx() context: Context,
    @Arg('kind', () => MessageKindEnum, { nullable: true }) kind?: string,
    @Arg('status', () => MessageStatusEnum, { nullable: true }) status?: string,
    @Arg('limit', () => Int, { defaultValue: 50 }) limit = 50,
  ): Promise<OutboxMessageType[]> {
    if (!(limit >= 1 && limit <= 200)) throw ApiError.invalid([fieldIssue('limit', 'range', { min: 1, max: 200, got: limit })])
    const where = { ...(visibleMessages(currentUser(context)) as object), ...(kind ? { kind } : {}), ...(status ? { status } : {}) }
    const rows = await context.em.find(MessageEntity, where as never, { orderBy: { id: 'desc' }, limit })
    return rows.map((row) => shown(context.outbox, row))
  }

  @Authorized('admin', 'coordinator')
  @Query(() => MessageDeliveryType, { description: 'Delivery at a glance: the channels, and how many messages of each kind are in each status.' })
  async messageDelivery(@Ctx() context: Context): Promise<MessageDeliveryType> {
    // Counted by the database, grouped: a city's outbox holds tens of thousands of messages.
    const rows: { kind: string; status: string; count: string | number }[] = await (context.em as SqlEntityManager)
      .createQueryBuilder(MessageEntity)
      .select(['kind', 'status', raw('count(*) as count')])
      .where(visibleMessages(currentUser(context)) as object)
      .groupBy(['kind', 'status'])
      .execute()
    const counts = new Map(rows.map((row) => [`${row.kind} ${row.status}`, Number(row.count)]))
    return {
      email: context.outbox.channels.email?.name ?? null,
      sms: context.outbox.channels.sms?.name ?? null,
      counts: MESSAGE_KINDS.flatMap((kind) =>
        MESSAGE_STATUSES.filter((status) => counts.has(`${kind} ${status}`)).map((status) => ({ kind, status, count: counts.get(`${kind} ${status}`)! })),
      ),
    }
  }

  @Authorized('admin', 'coordinator')
  @Query(() => OutboxMessageType, { description: 'One message, as the recipient reads it.' })
  async outboxMessage(@Ctx() context: Context, @Arg('id', () => ID) id: string): Promise<OutboxMessageType> {
    return shown(context.outbox, await findVisibleMessage(context.em, currentUser(context), Number(id)))
  }

  @Authorized('admin', 'coordinator')
  @Mutation(() => OutboxMessageType, { description: 'Send a message again: a failed or uncertain one is retried, a sent one is sent once more.' })
  async resendMessage(@Ctx() context: Context, @Arg('id', () => ID) id: string): Promise<OutboxMessageType> {
    const message = await resendMessage(context.em, currentUser(context), Number(id))
    return shown(context.outbox, message)
  }

  @Authorized()
  @Query(() => MessagePreferencesType, { description: "How the signed-in person's messages reach them." })
  myMessagePreferences(@Ctx() context: Context): MessagePreferencesType {
    return preferencesOf(currentUser(context))
  }

  @Authorized()
  @Mutation(() => MessagePreferencesType, { description: 'Choose the language and channels of your messages, and whether optional reminders come.' })
  setMessagePreferences(@Ctx() context: Context, @Arg('input', () => MessagePreferencesInput) input: MessagePreferencesInput) {
    return setMessagePreferences(context.em, currentUser(context), input)
  }

  @Mutation(() => Boolean, { description: "An unsubscribe link from a reminder: turns the recipient's optional reminders off." })
  unsubscribeReminders(@Ctx() context: Context, @Arg('recipient', () => ID) recipient: string, @Arg('token', () => String) token: string) {
    return unsubscribeReminders(context.em, context.outbox, Number(recipient), token)
  }
}
