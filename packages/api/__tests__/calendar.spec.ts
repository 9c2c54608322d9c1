import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { calendarFeed } from '../src/modules/hobby/calendar/calendarFeed.service'
import { ChildEntity } from '../src/modules/people/child/child.entity'
import { UserEntity } from '../src/modules/people/user/user.entity'
import { insertGroup } from './flows'
import { databaseKinds, expectRefused, startTestApi, type TestApi } from './testApi'

const FEED = 'mutation ($p: ID!) { calendarFeedPath(childId: $p) }'

describe.each(await databaseKinds())("a child's hobby calendar feed on %s", (kind) => {
  let api: TestApi
  let guardian: string
  let aino: string
  const origin = () => api.url.replace(/\/graphql$/, '')

  beforeAll(async () => {
    api = await startTestApi(kind)
    guardian = await api.login('guardian@mukana.test')
    aino = (await api.gql('{ myChildren { id firstName } }', {}, guardian)).data?.myChildren.find((c: { firstName: string }) => c.firstName === 'Aino').id
  })
  afterAll(() => api.close())

  it('serves the enrolled groups as weekly events in Helsinki time, for a calendar app to subscribe to', async () => {
    const groupId = await insertGroup(api, 'Circus, Tuesdays; for beginners', {
      venue: 'Kontula youth centre',
      sessions: [{ day: 'tue', start: '16:30', end: '17:45' }],
    })
    expect(
      (await api.gql('mutation ($g: ID!, $p: ID!) { enrol(groupId: $g, childId: $p) { id } }', { g: String(groupId), p: aino }, guardian)).errors,
    ).toBeUndefined()
    const path: string = (await api.gql(FEED, { p: aino }, guardian)).data?.calendarFeedPath
    expect(path).toMatch(/^\/calendar\/[\w-]{43}\.ics$/)
    const response = await fetch(origin() + path)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    const body = await response.text()
    expect(body.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
    expect(body).toContain('SUMMARY:Circus\\, Tuesdays\\; for beginners\r\n')
    expect(body).toContain('LOCATION:Kontula youth centre\r\n')
    // The term's first Tuesday (11 August 2026 is one), weekly until the term ends.
    expect(body).toContain('DTSTART;TZID=Europe/Helsinki:20260811T163000\r\n')
    expect(body).toContain('DTEND;TZID=Europe/Helsinki:20260811T174500\r\n')
    expect(body).toContain('RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20261220T235959Z\r\n')
    expect(body.match(/BEGIN:VEVENT/g)).toHaveLength(1)
  })

  it("gives the feed only to the child's guardian, and a feed token never logs anybody in", async () => {
    expectRefused(await api.gql(FEED, { p: aino }), 'auth/unauthenticated')
    for (const email of ['teacher@mukana.test', 'club@mukana.test', 'coordinator@mukana.test']) {
      expectRefused(await api.gql(FEED, { p: aino }, await api.login(email)), 'auth/forbidden')
    }
    expectRefused(await api.gql(FEED, { p: '100' }, guardian), 'auth/forbidden')
    const token = (await api.gql(FEED, { p: aino }, guardian)).data?.calendarFeedPath.replace(/^\/calendar\/|\.ics$/g, '')
    expectRefused(await api.gql('{ myChildren { id } }', {}, token), 'auth/unauthenticated')
  })

  it('answers 404 for a forged or session token', async () => {
    expect((await fetch(`${origin()}/calendar/not-a-token.ics`)).status).toBe(404)
    expect((await fetch(`${origin()}/calendar/${guardian}.ics`)).status).toBe(404)
  })

  it('gives the same address until the guardian renews it (the old one stops at once) or stops the feed', async () => {
    const first: string = (await api.gql(FEED, { p: aino }, guardian)).data?.calendarFeedPath
    expect((await api.gql(FEED, { p: aino }, guardian)).data?.calendarFeedPath).toBe(first)
    const renewed = await api.gql('mutation ($p: ID!) { renewCalendarFeed(childId: $p) }', { p: aino }, guardian)
    const second: string = renewed.data?.renewCalendarFeed
    expect(second).not.toBe(first)
    expect((await fetch(origin() + first)).status).toBe(404)
    expect((await fetch(origin() + second)).status).toBe(200)
    expect((await api.gql(FEED, { p: aino }, guardian)).data?.calendarFeedPath).toBe(second)

    const stopped = await api.gql('mutation ($p: ID!) { stopCalendarFeed(childId: $p) }', { p: aino }, guardian)
    expect(stopped.data?.stopCalendarFeed).toBe(true)
    expect((await fetch(origin() + second)).status).toBe(404)
    expect((await api.gql('mutation ($p: ID!) { stopCalendarFeed(childId: $p) }', { p: aino }, guardian)).data?.stopCalendarFeed).toBe(false)
    for (const mutation of ['renewCalendarFeed', 'stopCalendarFeed'])
      expectRefused(await api.gql(`mutation ($p: ID!) { ${mutation}(childId: $p) }`, { p: aino }, await api.login('teacher@mukana.test')), 'auth/forbidden')
  })

  it('makes one address when the first asks come at once', async () => {
    await api.gql('mutation ($p: ID!) { stopCalendarFeed(childId: $p) }', { p: aino }, guardian)
    const em = api.orm.em.fork()
    const user = await em.findOneOrFail(UserEntity, { email: 'guardian@mukana.test' })
    const paths = await Promise.all(Array.from({ length: 6 }, () => calendarFeed(api.orm.em.fork(), user, Number(aino))))
    expect(new Set(paths.map((feed) => feed.key)).size).toBe(1)
  })

  it('stops answering when the guardian no longer guards the child', async () => {
    const path: string = (await api.gql(FEED, { p: aino }, guardian)).data?.calendarFeedPath
    expect((await fetch(origin() + path)).status).toBe(200)
    const em = api.orm.em.fork()
    const child = await em.findOneOrFail(ChildEntity, { id: Number(aino) }, { populate: ['guardians'] })
    const guardians = child.guardians.getItems()
    child.guardians.removeAll()
    await em.flush()
    expect((await fetch(origin() + path)).status).toBe(404)
    child.guardians.set(guardians)
    await em.flush()
  })
})
