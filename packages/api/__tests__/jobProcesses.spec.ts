/**
 * Two API processes on one PostgreSQL database, as a city would run them behind a load balancer: the
 * jobs run on pg-boss, so each offer lapses once and each message is sent once, whichever process
 * picks the work up.
 */
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { raw } from '@mikro-orm/core'
import { MessageEntity } from '../src/messages/index'
import { HobbyGroupEntity } from '../src/modules/hobby/hobbyGroup/hobbyGroup.entity'
import { SchoolClassEntity } from '../src/modules/people/schoolClass/schoolClass.entity'
import { OfferEntity } from '../src/modules/hobby/offer/offer.entity'
import { ChildEntity } from '../src/modules/people/child/child.entity'
import { newAccount, UserEntity } from '../src/modules/people/user/user.entity'
import { publishedSurvey } from './flows'
import { startMailbox, type Mailbox } from './mailbox'
import { databaseKinds, startTestApi, type TestApi } from './testApi'
import { startApiProcess, stopApiProcesses, type ApiProcess } from './apiProcess'

const kinds = (await databaseKinds()).filter((kind) => kind === 'postgresql')

describe.each(kinds)('jobs in two API processes on %s', (kind) => {
  let api: TestApi
  let mailbox: Mailbox
  const processes: ApiProcess[] = []

  beforeAll(async () => {
    api = await startTestApi(kind)
    // Every pupil with a guardian of their own, and more pupils and seats than the demo's, so that over 200 offers lapse at once.
    const em = api.orm.em.fork()
    const [schoolClass] = await em.find(SchoolClassEntity, { grade: 3, school: { area: 1 } }, { orderBy: { id: 'asc' }, limit: 1 })
    for (let i = 0; i < 100; i++)
      em.create(ChildEntity, {
        firstName: `Lapsi${i}`,
        lastName: 'Testi',
        gender: i % 2 ? 'girl' : 'boy',
        homeLanguages: ['fi'],
        district: 'Kontula',
        schoolClass,
      })
    await em.flush()
    await em.nativeUpdate(HobbyGroupEntity, {}, { capacity: raw('capacity * 2') })
    for (const child of await em.find(ChildEntity, { schoolClass: { grade: 3, school: { area: 1 } } }, { populate: ['guardians'] })) {
      if (child.guardians.length === 0)
        child.guardians.add(em.create(UserEntity, newAccount({ email: `parent${child.id}@example.fi`, name: 'P', role: 'guardian' })))
    }
    await em.flush()
    await publishedSurvey(api)
    mailbox = await startMailbox()
  }, 60_000)
  afterAll(async () => {
    await stopApiProcesses(processes)
    await mailbox?.close()
    await api?.close()
  })

  it('lapses every offer once and sends each message once, whichever process does the work', async () => {
    const em = api.orm.em.fork()
    // Every open offer's deadline passed a minute ago: they all lapse at once, and their seats pass down the waiting lists.
    const lapsing = await em.nativeUpdate(OfferEntity, { status: 'offered' }, { deadline: new Date(Date.now() - 60_000) })
    expect(lapsing).toBeGreaterThanOrEqual(200)
    await em.nativeDelete(MessageEntity, {}) // the publication's own messages: not this test's
    const env = {
      DATABASE_URL: api.orm.config.get('clientUrl')!,
      MUKANA_TOKEN_SECRET: randomBytes(32).toString('hex'),
      MUKANA_SMTP_URL: mailbox.url,
      MUKANA_MAIL_FROM: 'Mukana <mukana@example.fi>',
      PORT: '0',
    }
    processes.push(...(await Promise.all([startApiProcess(env), startApiProcess(env)])))

    const until = Date.now() + 60_000
    const settled = async () => {
      const open = await api.orm.em.fork().count(OfferEntity, { status: 'offered', deadline: { $lt: new Date() } })
      const unsent = await api.orm.em.fork().count(MessageEntity, { status: { $ne: 'sent' } })
      return open === 0 && unsent === 0 && (await api.orm.em.fork().count(MessageEntity, { kind: 'offerLapsed' })) > 0
    }
    while (!(await settled())) {
      if (Date.now() > until) throw new Error(`not settled in time:\n${processes.map((p) => p.output.join('')).join('\n---\n')}`)
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    const lapsed = await api.orm.em.fork().find(OfferEntity, { status: 'lapsed' }, { populate: ['child.guardians'] })
    expect(lapsed).toHaveLength(lapsing)
    const guardiansOfLapsed = lapsed.reduce((sum, offer) => sum + offer.child.guardians.length, 0)
    const notices = await api.orm.em.fork().find(MessageEntity, { kind: 'offerLapsed' })
    expect(notices).toHaveLength(guardiansOfLapsed)
    expect(notices.every((m) => m.status === 'sent' && m.attempts === 1)).toBe(true)
    const sent = await api.orm.em.fork().count(MessageEntity, { status: 'sent' })
    console.log(`two processes: ${lapsing} offers lapsed, ${notices.length} lapse notices, ${sent} messages sent`)
    // Every message reached the mailbox once: as many deliveries as messages, no Message-ID twice.
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(mailbox.received).toHaveLength(sent)
    expect(mailbox.inbox()).toHaveLength(sent)
    expect(mailbox.received.filter((mail) => /^(Vastausaika päättyi|Svarstiden gick ut|The time to answer ended)/.test(mail.subject ?? ''))).toHaveLength(
      guardiansOfLapsed,
    )
  }, 120_000)
})
