import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { deliverMessages, emailChannel, formatMoment, MessageEntity, Outbox, queueMessages, smsChannel, type Message } from '../src/messages/index'
import { HobbyGroupEntity } from '../src/modules/hobby/hobbyGroup/hobbyGroup.entity'
import { OfferEntity } from '../src/modules/hobby/offer/offer.entity'
import { lapseExpiredOffers } from '../src/modules/hobby/offer/offer.service'
import { remindOffers, tellPublishedRuns } from '../src/modules/hobby/offer/offerMessages'
import { MatchRunEntity } from '../src/modules/hobby/matchRun/matchRun.entity'
import { ChildEntity } from '../src/modules/people/child/child.entity'
import { applyRetention } from '../src/privacy/applyRetention'
import { remindSurveys } from '../src/modules/hobby/survey/surveyMessages'
import { SurveyAnswerEntity } from '../src/modules/hobby/survey/surveyAnswer.entity'
import { newAccount, UserEntity } from '../src/modules/people/user/user.entity'
import { matchedSurvey } from './flows'
import type { ParsedMail } from 'mailparser'
import { startMailbox, type Mailbox } from './mailbox'
import { databaseKinds, expectRefused, startTestApi, type TestApi } from './testApi'
import { DEMO_TERM } from '../src/seed/seedKontula'
import { nextTerm } from '../src/modules/hobby/calendar/termOf'

const PUBLISH = 'mutation ($runId: ID!, $deadline: DateTimeISO!) { publishMatchRun(runId: $runId, deadline: $deadline) { id } }'
const DECLINE = 'mutation ($id: ID!) { declineOffer(offerId: $id) { id status } }'
const PUBLIC_URL = 'https://mukana.example.fi'
const SECRET = 'a'.repeat(64)

/** A fake of the city's notification service: real HTTP, keeps each request. */
async function startSmsService() {
  const requests: { authorization?: string; body: { sender: string; to: { destination: string; format: string }[]; text: string } }[] = []
  const server = createServer((request: IncomingMessage, response) => {
    let body = ''
    request.on('data', (chunk) => (body += chunk))
    request.on('end', () => {
      requests.push({ authorization: request.headers.authorization, body: JSON.parse(body) })
      response.writeHead(201, { 'content-type': 'application/json' }).end('{"id":"1"}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`, requests, close: () => new Promise((r) => server.close(r)) }
}

describe.each(await databaseKinds())('messages on %s', (kind) => {
  let api: TestApi
  let mailbox: Mailbox
  let outbox: Outbox
  let flow: Awaited<ReturnType<typeof matchedSurvey>>
  const messages = (where: Partial<Record<keyof Message, unknown>> = {}) => api.orm.em.fork().find(MessageEntity, where as never, { orderBy: { id: 'asc' } })
  const deliver = (now = new Date()) => deliverMessages(api.orm.em.fork(), outbox, { now, retryAfterMs: 1000 })
  /** The own guardian given to a child below: parent<child id>@example.fi. */
  const parentOf = (childId: number) => `parent${childId}@example.fi`
  /** What reached the child's own guardian (not the test family, who guards every child). */
  const toOwnGuardian = async (mails: ParsedMail[], childId: number) => {
    const child = await api.orm.em.fork().findOneOrFail(ChildEntity, { id: childId }, { populate: ['guardians'] })
    const own = child.guardians.getItems().find((g) => g.email !== 'family@mukana.test')!.email
    return mails.filter((mail) => (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.value[0]?.address === own)
  }

  beforeAll(async () => {
    mailbox = await startMailbox()
    outbox = new Outbox({
      publicUrl: PUBLIC_URL,
      tokenSecret: SECRET,
      channels: { email: emailChannel({ smtpUrl: mailbox.url, from: 'Mukana <mukana@example.fi>' }) },
    })
    api = await startTestApi(kind, { outbox, tokenSecret: SECRET })
    // Every third-grader of Kontula gets a guardian of their own, as the class lists bring them.
    const em = api.orm.em.fork()
    for (const child of await em.find(ChildEntity, { schoolClass: { grade: 3, school: { area: 1 } } }, { populate: ['guardians'] })) {
      if (child.guardians.length === 0)
        child.guardians.add(em.create(UserEntity, newAccount({ email: parentOf(child.id), name: `Parent ${child.id}`, role: 'guardian' })))
    }
    await em.flush()
    flow = await matchedSurvey(api)
  })
  afterAll(async () => {
    await api.close()
    await outbox.close()
    await mailbox.close()
  })

  it('tells the families of a published run right after it: nobody when publishing fails, one message per guardian and offer, never twice', async () => {
    const deadline = new Date(Date.now() + 48 * 3600_000)
    const em = api.orm.em.fork()
    const football = await em.findOneOrFail(HobbyGroupEntity, { id: 1 })
    football.seatsTaken = football.capacity
    await em.flush()
    expectRefused(await api.gql(PUBLISH, { runId: flow.runId, deadline: deadline.toISOString() }, flow.coordinator), 'matchRun/seats_gone')
    expect(await tellPublishedRuns(api.orm.em.fork(), new Date())).toBe(0)
    expect(await messages()).toHaveLength(0)
    football.seatsTaken = 0
    await em.flush()

    expect((await api.gql(PUBLISH, { runId: flow.runId, deadline: deadline.toISOString() }, flow.coordinator)).errors).toBeUndefined()
    const offered = await api.orm.em.fork().find(OfferEntity, { run: Number(flow.runId), status: 'offered' }, { populate: ['child.guardians'] })
    const expected = offered.reduce((sum, offer) => sum + offer.child.guardians.length, 0)
    expect(expected).toBeGreaterThan(offered.length) // every child has its own guardian and the test family
    // The job the publish nudges, twice at once (two processes' sweeps): one tells, the other finds the run told.
    const told = await Promise.all([tellPublishedRuns(api.orm.em.fork(), new Date()), tellPublishedRuns(api.orm.em.fork(), new Date())])
    expect(told.sort((a, b) => a - b)).toEqual([0, expected])
    expect(await tellPublishedRuns(api.orm.em.fork(), new Date())).toBe(0)
    expect((await api.orm.em.fork().findOneOrFail(MatchRunEntity, { id: Number(flow.runId) })).offersToldAt).toBeInstanceOf(Date)
    const queued = await messages({ kind: 'offerMade' })
    expect(queued).toHaveLength(expected)
    expect(new Set(queued.map((m) => m.key)).size).toBe(expected)
    expect(queued.every((m) => m.status === 'queued' && m.channel === 'email')).toBe(true)
  })

  it('delivers them over SMTP in each family’s language: Finnish and Swedish offers as received', async () => {
    const report = await deliver()
    const queued = await messages({ kind: 'offerMade' })
    expect(report).toEqual({ sent: queued.length, failed: 0, retried: 0 })
    expect(mailbox.received).toHaveLength(queued.length)
    expect((await messages({ kind: 'offerMade', status: 'sent' })).length).toBe(queued.length)

    const offers = await api.orm.em.fork().find(OfferEntity, { run: Number(flow.runId), status: 'offered' }, { populate: ['child', 'group'] })
    const finnish = offers.find((o) => o.child.homeLanguages[0] === 'fi')!
    const swedish = offers.find((o) => o.child.homeLanguages[0] === 'sv')!
    expect(swedish, 'a Swedish-speaking pupil with an offer').toBeDefined()
    const [fi] = mailbox.to(parentOf(finnish.child.id))
    expect(fi.subject).toBe(`${finnish.child.firstName} sai harrastuspaikan: ${finnish.group.name}`)
    expect(fi.text).toContain(`Vastaa tarjoukseen viimeistään ${formatMoment(finnish.deadline!, 'fi')}.`)
    expect(formatMoment(finnish.deadline!, 'fi')).toMatch(/^(ma|ti|ke|to|pe|la|su) \d{1,2}\.\d{1,2}\. klo \d{1,2}\.\d{2}$/)
    expect(fi.text).toContain(`${PUBLIC_URL}/guardian`)
    expect(fi.text).toMatch(/Milloin: (ma|ti|ke|to|pe|la|su) klo \d/)
    expect(fi.html).toContain(`<a href="${PUBLIC_URL}/guardian">`)
    expect(fi.from?.value[0]).toMatchObject({ name: 'Mukana', address: 'mukana@example.fi' })
    const [sv] = mailbox.to(parentOf(swedish.child.id))
    // The group's Swedish name, where the club gave one: the message is in Swedish throughout.
    expect(sv.subject).toBe(`${swedish.child.firstName} har fått en hobbyplats: ${swedish.group.nameSv ?? swedish.group.name}`)
    expect(swedish.group.nameSv).toBeTruthy()
    expect(sv.text).toContain(`Svara på erbjudandet senast ${formatMoment(swedish.deadline!, 'sv')}.`)
    expect(sv.text).toMatch(/kl\. \d{1,2}\.\d{2}/)
    // Nothing left to send: a second sweep sends nothing.
    expect(await deliver()).toEqual({ sent: 0, failed: 0, retried: 0 })
  })

  it('tells the next family on the waiting list when an offer is declined', async () => {
    const em = api.orm.em.fork()
    const held = (await em.find(OfferEntity, { run: Number(flow.runId), status: 'offered', group: 1 }, { orderBy: { id: 'asc' } }))[0]
    const next = (
      await em.find(OfferEntity, { run: Number(flow.runId), status: 'waiting', group: 1 }, { orderBy: { position: 'asc' }, populate: ['child'] })
    )[0]
    const before = mailbox.received.length
    expect((await api.gql(DECLINE, { id: String(held.id) }, flow.family)).errors).toBeUndefined()
    await deliver()
    const told = await toOwnGuardian(mailbox.received.slice(before), next.child.id)
    expect(told).toHaveLength(1)
    expect(told[0].subject).toMatch(
      new RegExp(`^(Jonosta vapautui paikka: ${next.child.firstName} pääsee ryhmään|En plats blev ledig: ${next.child.firstName} kan börja i)`),
    )
  })

  it('tells the family when an offer lapses (the clock moved past its deadline), and the next in line of the seat', async () => {
    const em = api.orm.em.fork()
    const offer = (await em.find(OfferEntity, { run: Number(flow.runId), status: 'offered', group: 1 }, { orderBy: { id: 'asc' }, populate: ['child'] }))[0]
    const next = (
      await em.find(OfferEntity, { run: Number(flow.runId), status: 'waiting', group: 1 }, { orderBy: { position: 'asc' }, populate: ['child'] })
    )[0]
    // Its deadline passed a minute ago (the others' have not).
    offer.deadline = new Date(Date.now() - 60_000)
    await em.flush()
    const later = new Date()
    expect(await lapseExpiredOffers(api.orm.em.fork(), later)).toBe(1)
    const before = mailbox.received.length
    await deliver(later)
    const fresh = mailbox.received.slice(before)
    const lapse = await toOwnGuardian(fresh, offer.child.id)
    expect(lapse.map((mail) => mail.subject)).toContainEqual(expect.stringMatching(/^(Vastausaika päättyi|Svarstiden gick ut)/))
    expect(await toOwnGuardian(fresh, next.child.id)).toHaveLength(1)
    // Lapsing again changes nothing and queues nothing.
    const count = (await messages()).length
    expect(await lapseExpiredOffers(api.orm.em.fork(), later)).toBe(0)
    expect(await messages()).toHaveLength(count)
  })

  it('reminds a family once per deadline of an open offer within a day of it, never of one already answered', async () => {
    const em = api.orm.em.fork()
    const open = await em.find(OfferEntity, { run: Number(flow.runId), status: 'offered' }, { orderBy: { id: 'asc' } })
    const deadline = open[0].deadline!
    const reminded = () => api.orm.em.fork().count(MessageEntity, { kind: 'offerReminder' })
    expect(await remindOffers(api.orm.em.fork(), new Date(deadline.getTime() - 30 * 3600_000))).toBe(0) // more than a day ahead
    const dayBefore = new Date(deadline.getTime() - 20 * 3600_000)
    await remindOffers(api.orm.em.fork(), dayBefore)
    const count = await reminded()
    const withDeadline = open.filter((o) => o.deadline!.getTime() === deadline.getTime())
    expect(count).toBeGreaterThanOrEqual(withDeadline.length)
    await remindOffers(api.orm.em.fork(), new Date(dayBefore.getTime() + 15 * 60_000))
    expect(await reminded()).toBe(count) // the next sweep adds nothing
    const [one] = await api.orm.em.fork().find(MessageEntity, { kind: 'offerReminder', language: 'fi' }, { limit: 1 })
    expect(outbox.render(one).subject).toMatch(/^Muistutus: vastaa ryhmän .+ paikkaan viimeistään \p{L}{2} \d{1,2}\.\d{1,2}\. klo /u)
    // Within the last hour it is too late to help: no reminder.
    await api.orm.em.fork().nativeDelete(MessageEntity, { kind: 'offerReminder' })
    expect(await remindOffers(api.orm.em.fork(), new Date(deadline.getTime() - 30 * 60_000))).toBe(0)
    expect(await deliver()).toMatchObject({ failed: 0 })
  })

  it('sends each message once when several senders sweep at the same moment', async () => {
    const users = await api.orm.em.fork().find(UserEntity, { email: { $like: 'parent%@example.fi' } }, { limit: 40 })
    await api.orm.em.fork().transactional((tx) =>
      queueMessages(
        tx,
        users.map((recipient) => ({
          kind: 'signInLink' as const,
          about: 'race',
          recipient,
          params: { name: recipient.name, link: '/sign-in#x', expiresAt: new Date().toISOString() },
        })),
        new Date(),
      ),
    )
    const before = mailbox.received.length
    const reports = await Promise.all([1, 2, 3, 4].map(() => deliverMessages(api.orm.em.fork(), outbox, { batch: 3 })))
    expect(reports.reduce((sum, r) => sum + r.sent, 0)).toBe(users.length)
    const fresh = mailbox.received.slice(before)
    expect(fresh).toHaveLength(users.length)
    expect(new Set(fresh.map((mail) => mail.messageId)).size).toBe(users.length)
  })

  it('sends an e-mail once to the inbox when the sender stops between sending and marking it: the retry has the same Message-ID', async () => {
    const user = await api.orm.em.fork().findOneOrFail(UserEntity, { email: 'teacher@mukana.test' })
    expect((await api.gql('mutation { requestSignInLink(email: "teacher@mukana.test") }')).data?.requestSignInLink).toBe(true)
    const [link] = await messages({ kind: 'signInLink', recipientId: user.id })
    const before = mailbox.received.length
    const crash = new Error('the sender stopped')
    await expect(
      deliverMessages(api.orm.em.fork(), outbox, {
        afterSend: () => {
          throw crash
        },
      }),
    ).rejects.toBe(crash)
    expect((await messages({ id: link.id }))[0].status).toBe('sending')
    expect(mailbox.received.length).toBe(before + 1)
    // Restarted: before the lease ends nothing happens; after it, the message goes again and is marked.
    expect(await deliver()).toEqual({ sent: 0, failed: 0, retried: 0 })
    expect(await deliver(new Date(Date.now() + 6 * 60_000))).toEqual({ sent: 1, failed: 0, retried: 0 })
    const copies = mailbox.received.slice(before)
    expect(copies).toHaveLength(2)
    expect(new Set(copies.map((mail) => mail.messageId)).size).toBe(1)
    expect(mailbox.inbox().filter((mail) => mail.messageId === copies[0].messageId)).toHaveLength(1)
    expect((await messages({ id: link.id }))[0].status).toBe('sent')
    // The link in it signs the teacher in.
    const token = copies[0].text!.match(/#([\w-]{20,})/)![1]
    expect((await api.gql('mutation ($t: String!) { signInWithLink(token: $t) { user { email } } }', { t: token })).data?.signInWithLink.user.email).toBe(
      'teacher@mukana.test',
    )
    // Nobody learns from the answer whether an address has an account.
    expect((await api.gql('mutation { requestSignInLink(email: "nobody@example.fi") }')).data?.requestSignInLink).toBe(true)
  })

  it('retries a failing server with backoff, fails a refused address at once, and lets a coordinator resend', async () => {
    const down = new Outbox({
      publicUrl: PUBLIC_URL,
      tokenSecret: SECRET,
      channels: { email: emailChannel({ smtpUrl: 'smtp://127.0.0.1:1', from: 'x@example.fi' }) },
    })
    await api.gql('mutation { requestSignInLink(email: "club@mukana.test") }')
    const [message] = (await messages({ kind: 'signInLink', status: 'queued' })).slice(-1)
    let now = Date.now()
    for (let attempt = 1; attempt <= 5; attempt++) {
      const report = await deliverMessages(api.orm.em.fork(), down, { now: new Date(now), retryAfterMs: 1000 })
      expect(report).toEqual(attempt < 5 ? { sent: 0, failed: 0, retried: 1 } : { sent: 0, failed: 1, retried: 0 })
      const [row] = await messages({ id: message.id })
      expect(row.attempts).toBe(attempt)
      if (attempt < 5) expect(row.notBefore.getTime()).toBe(now + 1000 * 2 ** (attempt - 1)) // doubling backoff
      // Not before its backoff: a sweep in between leaves it alone.
      expect((await deliverMessages(api.orm.em.fork(), down, { now: new Date(now + 1) })).retried).toBe(0)
      now = row.notBefore.getTime()
    }
    const [dead] = await messages({ id: message.id })
    expect(dead.status).toBe('failed')
    expect(dead.lastError).toMatch(/ECONNREFUSED/)

    const refusedAt = parentOf(999999)
    mailbox.refuse('refused@example.fi')
    const em = api.orm.em.fork()
    em.create(UserEntity, newAccount({ email: 'refused@example.fi', name: 'Refused', role: 'guardian' }))
    await em.flush()
    await api.gql('mutation { requestSignInLink(email: "refused@example.fi") }')
    expect((await deliver()).failed).toBe(1)
    const [refused] = (await messages({ address: 'refused@example.fi' })).slice(-1)
    expect(refused.status).toBe('failed')
    expect(refused.lastError).toMatch(/refused it/)
    expect(refusedAt).toBeTruthy()

    const admin = await api.login('admin@mukana.test')
    const RESEND = 'mutation ($id: ID!) { resendMessage(id: $id) { id status attempts } }'
    expectRefused(await api.gql(RESEND, { id: String(dead.id) }, flow.family), 'auth/forbidden')
    expect((await api.gql(RESEND, { id: String(dead.id) }, admin)).data?.resendMessage).toEqual({ id: String(dead.id), status: 'QUEUED', attempts: 0 })
    const before = mailbox.received.length
    expect((await deliver()).sent).toBe(1)
    expect(mailbox.received.length).toBe(before + 1)
    // A sent one is sent again as a new copy; one still queued cannot be.
    const again = await api.gql(RESEND, { id: String(dead.id) }, admin)
    expect(again.data?.resendMessage.status).toBe('QUEUED')
    expect(again.data?.resendMessage.id).not.toBe(String(dead.id))
    expectRefused(await api.gql(RESEND, { id: again.data?.resendMessage.id }, admin), 'message/in_progress')
  })

  it('shows coordinators the delivery of their area’s messages by kind and status, in the recipient’s words', async () => {
    const DELIVERY = '{ messageDelivery { email sms counts { kind status count } } }'
    const { data } = await api.gql(DELIVERY, {}, flow.coordinator)
    expect(data?.messageDelivery.email).toBe('smtp')
    expect(data?.messageDelivery.sms).toBeNull()
    const offerMade = data?.messageDelivery.counts.filter((c: { kind: string }) => c.kind === 'OFFER_MADE')
    expect(offerMade).toEqual([{ kind: 'OFFER_MADE', status: 'SENT', count: (await messages({ kind: 'offerMade' })).length }])
    // Staff sign-in links concern no area: only administrators see them.
    expect(data?.messageDelivery.counts.some((c: { kind: string }) => c.kind === 'SIGN_IN_LINK')).toBe(false)
    const list = await api.gql('{ outboxMessages(kind: OFFER_MADE, limit: 3) { kind status subject text address } }', {}, flow.coordinator)
    expect(list.data?.outboxMessages).toHaveLength(3)
    expect(list.data?.outboxMessages[0].text).toContain(PUBLIC_URL)
    expectRefused(await api.gql(DELIVERY, {}, flow.family), 'auth/forbidden')
    const admin = await api.login('admin@mukana.test')
    const links = await api.gql('{ outboxMessages(kind: SIGN_IN_LINK) { text } }', {}, admin)
    // Links that sign someone in are not shown to staff, even administrators.
    expect(links.data?.outboxMessages.length).toBeGreaterThan(0)
    expect(links.data?.outboxMessages.every((m: { text: string }) => !/#[\w-]{20,}/.test(m.text))).toBe(true)
  })

  it('announces an open survey once to every family, and the day before it closes reminds only those whose child has not answered', async () => {
    const now = Date.now()
    const opened = await api.gql(
      'mutation ($input: OpenSurveyInput!) { openSurvey(input: $input) { id } }',
      {
        input: {
          areaId: '1',
          grade: 3,
          term: nextTerm(DEMO_TERM),
          opensAt: new Date(now - 60_000).toISOString(),
          closesAt: new Date(now + 3 * 86_400_000).toISOString(),
        },
      },
      flow.coordinator,
    )
    expect(opened.errors).toBeUndefined()
    const surveyId = Number(opened.data?.openSurvey.id)
    const em = api.orm.em.fork()
    const pupils = await em.find(ChildEntity, { schoolClass: { grade: 3, school: { area: 1 } } }, { populate: ['guardians'] })
    const families = pupils.reduce((sum, pupil) => sum + pupil.guardians.length, 0)
    const about = (kind: string) => api.orm.em.fork().count(MessageEntity, { kind, key: { $like: `${kind}:${surveyId}:%` } } as never)
    // A guardian who turned reminders off hears of neither.
    const quiet = pupils[0].guardians.getItems().find((g) => g.email !== 'family@mukana.test')!
    await em.nativeUpdate(UserEntity, { id: quiet.id }, { reminders: false })

    await remindSurveys(api.orm.em.fork(), new Date(now))
    expect(await remindSurveys(api.orm.em.fork(), new Date(now + 3600_000))).toBe(0)
    expect(await about('surveyOpened')).toBe(families - 1)
    expect(await about('surveyClosing')).toBe(0)

    // The second pupil answered; the day before closing the others' families are reminded, once.
    const answered = pupils[1]
    em.create(SurveyAnswerEntity, { survey: surveyId, child: answered, ranking: [1], freeWindows: null, consent: true, updatedAt: new Date() })
    await em.flush()
    const dayBefore = new Date(now + 2.5 * 86_400_000)
    await remindSurveys(api.orm.em.fork(), dayBefore)
    await remindSurveys(api.orm.em.fork(), new Date(dayBefore.getTime() + 3600_000))
    expect(await about('surveyClosing')).toBe(families - 1 - answered.guardians.length)
    const [closing] = await api.orm.em.fork().find(MessageEntity, { kind: 'surveyClosing', language: 'fi' }, { limit: 1 })
    expect(outbox.render(closing).text).toContain(`${PUBLIC_URL}/guardian/surveys/${surveyId}/pupils/`)
    expect(outbox.render(closing).text).toContain(`${PUBLIC_URL}/unsubscribe?u=${closing.recipientId}&t=`)
    await em.nativeUpdate(UserEntity, { id: quiet.id }, { reminders: true })
    expect((await deliver(dayBefore)).failed).toBe(0)
  })

  it('follows each guardian’s choices: language, SMS through the notification service, reminders off by a signed link', async () => {
    const sms = await startSmsService()
    try {
      const both = new Outbox({
        publicUrl: PUBLIC_URL,
        tokenSecret: SECRET,
        channels: { email: outbox.channels.email, sms: smsChannel({ url: sms.url, token: 't0k', sender: 'Hel.fi' }) },
      })
      const PREFS = 'mutation ($input: MessagePreferencesInput!) { setMessagePreferences(input: $input) { language channels reminders } }'
      expectRefused(await api.gql(PREFS, { input: { channels: 'BOTH', reminders: true } }, flow.family), 'input/invalid', ['channels'])
      await api.orm.em.fork().nativeUpdate(UserEntity, { email: 'family@mukana.test' }, { phone: '+358401234567' })
      const family = await api.login('family@mukana.test')
      expect((await api.gql(PREFS, { input: { language: 'EN', channels: 'BOTH', reminders: true } }, family)).data?.setMessagePreferences).toEqual({
        language: 'EN',
        channels: 'BOTH',
        reminders: true,
      })
      const em = api.orm.em.fork()
      const waiting = await em.find(OfferEntity, { run: Number(flow.runId), status: 'waiting' })
      const offer = (await em.find(OfferEntity, { run: Number(flow.runId), status: 'offered', group: { $in: waiting.map((w) => w.group.id) } }))[0]
      expect((await api.gql(DECLINE, { id: String(offer.id) }, family)).errors).toBeUndefined()
      const before = mailbox.received.length
      await deliverMessages(api.orm.em.fork(), both)
      // The next in line's family hears in English, by e-mail and by text message.
      const mails = mailbox.received.slice(before).filter((mail) => JSON.stringify(mail.to).includes('family@mukana.test'))
      expect(mails.map((mail) => mail.subject)).toEqual([expect.stringMatching(/^A place came free: \w+ can join /)])
      const texts = sms.requests.filter((r) => r.body.to[0].destination === '+358401234567')
      expect(texts).toHaveLength(1)
      expect(texts[0].authorization).toBe('Token t0k')
      expect(texts[0].body).toMatchObject({ sender: 'Hel.fi', to: [{ destination: '+358401234567', format: 'MOBILE' }] })
      expect(texts[0].body.text).toMatch(
        /^Mukana: a place came free and \w+ can join .+ Answer by \w{3} \d{1,2} \w{3} at \d{2}:\d{2}: https:\/\/mukana\.example\.fi\/guardian$/,
      )
      // An SMS whose sender stopped mid-way is never sent again on its own: uncertain, for a person to decide.
      await api.gql('mutation { requestSignInLink(email: "family@mukana.test") }')
      const smsBefore = sms.requests.length
      await expect(
        deliverMessages(api.orm.em.fork(), both, {
          afterSend: (m) => {
            if (m.channel === 'sms') throw new Error('stopped')
          },
        }),
      ).rejects.toThrow('stopped')
      await deliverMessages(api.orm.em.fork(), both, { now: new Date(Date.now() + 6 * 60_000) })
      const [uncertain] = (await messages({ kind: 'signInLink', channel: 'sms' })).slice(-1)
      expect(uncertain.status).toBe('uncertain')
      expect(sms.requests.length).toBe(smsBefore + 1)

      // Reminders off through the link in a reminder; a forged link changes nothing.
      const user = await api.orm.em.fork().findOneOrFail(UserEntity, { email: 'family@mukana.test' })
      const url = new URL(both.unsubscribeUrl(user.id))
      const UNSUBSCRIBE = 'mutation ($u: ID!, $t: String!) { unsubscribeReminders(recipient: $u, token: $t) }'
      expectRefused(await api.gql(UNSUBSCRIBE, { u: String(user.id + 1), t: url.searchParams.get('t') }), 'message/link_invalid')
      expect((await api.gql(UNSUBSCRIBE, { u: url.searchParams.get('u'), t: url.searchParams.get('t') })).data?.unsubscribeReminders).toBe(true)
      const prefs = await api.gql('{ myMessagePreferences { reminders channels language } }', {}, family)
      expect(prefs.data?.myMessagePreferences).toEqual({ reminders: false, channels: 'BOTH', language: 'EN' })
    } finally {
      await sms.close()
    }
  })

  it('deletes messages past their retention period, but not one still waiting to be sent', async () => {
    const em = api.orm.em.fork()
    const [sent] = await em.find(MessageEntity, { status: 'sent' }, { limit: 1 })
    const [waiting] = await em.find(MessageEntity, { status: 'sent', id: { $ne: sent.id } }, { limit: 1 })
    const longAgo = new Date(Date.now() - 400 * 86_400_000)
    await em.nativeUpdate(MessageEntity, { id: { $in: [sent.id, waiting.id] } }, { createdAt: longAgo })
    await em.nativeUpdate(MessageEntity, { id: waiting.id }, { status: 'queued', notBefore: new Date(Date.now() + 3600_000) })
    const report = await applyRetention(api.orm.em.fork())
    expect(report.classes.messages).toBe(1)
    expect(await api.orm.em.fork().count(MessageEntity, { id: sent.id })).toBe(0)
    expect(await api.orm.em.fork().count(MessageEntity, { id: waiting.id })).toBe(1)
    await api.orm.em.fork().nativeUpdate(MessageEntity, { id: waiting.id }, { notBefore: new Date() })
  })
})
