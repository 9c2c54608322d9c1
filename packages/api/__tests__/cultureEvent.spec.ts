import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { databaseKinds, expectRefused, startTestApi, type TestApi } from './testApi'
import { MessageEntity } from '../src/messages/index'
import { remindEvents } from '../src/modules/culture/eventEnrolment/eventMessages'
import { OccurrenceEntity } from '../src/modules/culture/cultureEvent/cultureEvent.entity'
import { EventEnrolmentEntity } from '../src/modules/culture/eventEnrolment/eventEnrolment.entity'
import { ChildEntity } from '../src/modules/people/child/child.entity'

const PUBLISH = 'mutation ($i: PublishCultureEventInput!) { publishCultureEvent(input: $i) { id name occurrences { id capacity seatsTaken } } }'
const REGISTER = 'mutation ($i: RegisterGodchildInput!) { registerGodchild(input: $i) { id track { institution { name } } } }'
const INVITED = 'query ($c: ID!) { invitedEvents(childId: $c) { id name maxAdults occurrences { id seatsTaken seatsLeft full } } }'
const ENROL =
  'mutation ($c: ID!, $o: ID!, $a: Int!) { enrolInOccurrence(childId: $c, occurrenceId: $o, adults: $a) { id status ticketCode cancellable occurrence { id seatsTaken } } }'
const CANCEL = 'mutation ($e: ID!) { cancelEventEnrolment(enrolmentId: $e) { status occurrence { seatsTaken } } }'
const SUBSCRIBE = 'mutation ($c: ID!, $o: ID!) { subscribeToFreeSpot(childId: $c, occurrenceId: $o) { id notifiedAt } }'
const CHECK_IN = 'mutation ($t: String!) { checkInTicket(ticketCode: $t) { checkedInAt } }'
const MINE = '{ myGodchildren { id eventEnrolments { status checkedInAt } freeSpotSubscriptions { notifiedAt occurrence { id } } } }'

const days = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString()
const YEAR = new Date().getFullYear()

describe.each(await databaseKinds())('culture events on %s', (kind) => {
  let api: TestApi
  let staff: string
  let guardian: string
  const children: string[] = []

  const event = (overrides: Record<string, unknown> = {}, occurrences: Record<string, unknown>[] = [{}]) => ({
    name: 'Orchestra fairy tale',
    year: YEAR,
    eventGroup: 'autumn-concert',
    invitation: 'CHILD_1_2_ADULTS',
    occurrences: occurrences.map((o) => ({ startsAt: days(10), venue: 'Musiikkitalo', language: 'fi', capacity: 30, ...o })),
    ...overrides,
  })
  async function publish(overrides: Record<string, unknown> = {}, occurrences: Record<string, unknown>[] = [{}]) {
    const response = await api.gql(PUBLISH, { i: event(overrides, occurrences) }, staff)
    expect(response.errors).toBeUndefined()
    return response.data?.publishCultureEvent as { id: string; occurrences: { id: string }[] }
  }

  beforeAll(async () => {
    api = await startTestApi(kind)
    staff = await api.login('institution@mukana.test')
    guardian = await api.login('guardian@mukana.test')
    const coordinator = await api.login('coordinator@mukana.test')
    // Children of the 2020 cohort, whose only track is with the orchestra.
    for (let i = 0; i < 4; i++) {
      children.push(
        (await api.gql(REGISTER, { i: { firstName: `Lapsi${i}`, birthYear: 2020, district: 'Kontula', homeLanguages: ['fi'], fieldRanking: [] } }, guardian))
          .data?.registerGodchild.id,
      )
    }
    const cohort = (await api.gql('{ cohorts { id birthYear } }')).data?.cohorts.find((c: { birthYear: number }) => c.birthYear === 2020).id
    expect((await api.gql('mutation ($c: ID!) { assignTracks(cohortId: $c, seed: 1) { placed } }', { c: cohort }, coordinator)).data?.assignTracks.placed).toBe(
      4,
    )
  })
  afterAll(() => api.close())

  it("lets an institution's staff publish events with occurrences, and nobody else; bad input named field by field", async () => {
    const published = await publish()
    expect(published.occurrences).toHaveLength(1)
    for (const email of ['guardian@mukana.test', 'club@mukana.test', 'teacher@mukana.test', 'coordinator@mukana.test']) {
      expectRefused(await api.gql(PUBLISH, { i: event() }, await api.login(email)), 'auth/forbidden')
    }
    expectRefused(
      await api.gql(PUBLISH, { i: event({ name: ' ', eventGroup: 'Autumn!' }, [{ startsAt: days(-1), venue: ' ', language: 'de', capacity: 1 }]) }, staff),
      'input/invalid',
      ['name', 'eventGroup', 'occurrences[0].startsAt', 'occurrences[0].venue', 'occurrences[0].language', 'occurrences[0].capacity'],
    )
    expect((await api.gql('{ institutionEvents { name } }', {}, staff)).data?.institutionEvents).toEqual([{ name: 'Orchestra fairy tale' }])
  })

  it("invites a child to its track's institution's events; the family enrols with as many adults as the invitation allows", async () => {
    const { occurrences } = await publish({ eventGroup: 'spring-concert', invitation: 'CHILD_1_ADULT' })
    const invited = (await api.gql(INVITED, { c: children[0] }, guardian)).data?.invitedEvents
    expect(invited.map((e: { id: string }) => e.id)).toContain((await api.gql(INVITED, { c: children[0] }, guardian)).data?.invitedEvents.at(-1).id)
    expectRefused(await api.gql(ENROL, { c: children[0], o: occurrences[0]!.id, a: 2 }, guardian), 'input/invalid', ['adults'])
    const { data, errors } = await api.gql(ENROL, { c: children[0], o: occurrences[0]!.id, a: 1 }, guardian)
    expect(errors).toBeUndefined()
    expect(data?.enrolInOccurrence).toMatchObject({ status: 'ENROLLED', occurrence: { seatsTaken: 2 } })
    expect(data?.enrolInOccurrence.ticketCode).toMatch(/^[A-Z0-9_-]{8}$/)
    expectRefused(await api.gql(ENROL, { c: children[0], o: occurrences[0]!.id, a: 1 }, guardian), 'eventEnrolment/already_enrolled')
    expectRefused(await api.gql(INVITED, { c: children[0] }, await api.login('teacher@mukana.test')), 'auth/forbidden')
  })

  it('holds a child to two events a year and one of each group, even when the requests come at once', async () => {
    const a = await publish({ name: 'A', eventGroup: 'group-a' })
    const b = await publish({ name: 'B', eventGroup: 'group-b' })
    const a2 = await publish({ name: 'A again', eventGroup: 'group-a' })
    const c = await publish({ name: 'C', eventGroup: 'group-c' })
    expect((await api.gql(ENROL, { c: children[1], o: a.occurrences[0]!.id, a: 1 }, guardian)).errors).toBeUndefined()
    expectRefused(await api.gql(ENROL, { c: children[1], o: a2.occurrences[0]!.id, a: 1 }, guardian), 'event/one_per_group')
    const at = await Promise.all([b, c].map((e) => api.gql(ENROL, { c: children[1], o: e.occurrences[0]!.id, a: 1 }, guardian)))
    expect(at.filter((r) => !r.errors)).toHaveLength(1)
    expect(at.filter((r) => r.errors).map((r) => r.errors![0]!.extensions?.code)).toEqual(['event/yearly_limit'])
  })

  it('never overbooks an occurrence when many families enrol at once; a full one can be subscribed to, and a cancellation tells the first in line', async () => {
    // Room for two families of three.
    const { occurrences } = await publish({ eventGroup: 'rush' }, [{ capacity: 6 }])
    const occurrence = occurrences[0]!.id
    const tries = await Promise.all(children.map((c) => api.gql(ENROL, { c, o: occurrence, a: 2 }, guardian)))
    const ok = tries.filter((r) => !r.errors)
    expect(ok).toHaveLength(2)
    expect(
      tries
        .filter((r) => r.errors)
        .every((r) => r.errors![0]!.extensions?.code === 'occurrence/full' || r.errors![0]!.extensions?.code === 'event/yearly_limit'),
    ).toBe(true)
    expect(
      (await api.gql(INVITED, { c: children[3] }, guardian)).data?.invitedEvents
        .flatMap((e: { occurrences: { id: string; seatsTaken: number }[] }) => e.occurrences)
        .find((o: { id: string }) => o.id === occurrence).seatsTaken,
    ).toBe(6)

    const waiting = children.filter((c, i) => tries[i]!.errors?.[0]?.extensions?.code === 'occurrence/full')
    expect(waiting.length).toBeGreaterThan(0)
    // Each family asks six times at once: one subscription each, never an error.
    const asked = await Promise.all(waiting.flatMap((c) => [1, 2, 3, 4, 5, 6].map(() => api.gql(SUBSCRIBE, { c, o: occurrence }, guardian))))
    expect(asked.map((r) => r.errors)).toEqual(asked.map(() => undefined))
    expect(new Set(asked.map((r) => r.data?.subscribeToFreeSpot.id)).size).toBe(waiting.length)
    const enrolmentId = ok[0]!.data?.enrolInOccurrence.id
    expect((await api.gql(CANCEL, { e: enrolmentId }, guardian)).data?.cancelEventEnrolment).toEqual({ status: 'CANCELLED', occurrence: { seatsTaken: 3 } })
    const notified = (await api.gql(MINE, {}, guardian)).data?.myGodchildren.flatMap(
      (c: { freeSpotSubscriptions: { notifiedAt: string | null; occurrence: { id: string } }[] }) =>
        c.freeSpotSubscriptions.filter((s) => s.occurrence.id === occurrence && s.notifiedAt),
    )
    expect(notified).toHaveLength(1) // the first in line, exactly once
    // … and told by a message in the cancellation's transaction; each enrolment was confirmed by one.
    const em = api.orm.em.fork()
    const freed = await em.find(MessageEntity, { kind: 'seatFreed' })
    expect(freed).toHaveLength(1)
    expect(freed[0]!.params).toMatchObject({ link: '/guardian/culture' })
    expect(await em.count(MessageEntity, { kind: 'enrolmentConfirmed' })).toBeGreaterThanOrEqual(2)
    // Two days before the start, each family still enrolled gets a reminder, once however often the job runs.
    const startsAt = (await em.findOneOrFail(OccurrenceEntity, { id: Number(occurrence) })).startsAt
    const dayBefore = new Date(startsAt.getTime() - 24 * 3600_000)
    await remindEvents(api.orm.em.fork(), dayBefore)
    const reminders = () => api.orm.em.fork().count(MessageEntity, { kind: 'eventReminder' })
    const remaining = ok[1]!.data?.enrolInOccurrence.id
    expect(await api.orm.em.fork().count(MessageEntity, { kind: 'eventReminder', key: { $like: `eventReminder:${remaining}:%` } })).toBe(1)
    expect(await api.orm.em.fork().count(MessageEntity, { kind: 'eventReminder', key: { $like: `eventReminder:${enrolmentId}:%` } })).toBe(0) // cancelled
    const before = await reminders()
    await remindEvents(api.orm.em.fork(), new Date(dayBefore.getTime() + 3600_000))
    expect(await reminders()).toBe(before)
    expectRefused(await api.gql(CANCEL, { e: enrolmentId }, guardian), 'eventEnrolment/already_cancelled')
    expectRefused(await api.gql(SUBSCRIBE, { c: children[0], o: (await publish({ eventGroup: 'roomy' })).occurrences[0]!.id }, guardian), 'occurrence/not_full')
  })

  it('refuses to cancel within 48 hours of the start', async () => {
    const { occurrences } = await publish({ eventGroup: 'soon' }, [{ startsAt: new Date(Date.now() + 24 * 3600_000).toISOString() }])
    const enrolled = await api.gql(ENROL, { c: children[3], o: occurrences[0]!.id, a: 1 }, guardian)
    expect(enrolled.errors).toBeUndefined()
    expect(enrolled.data?.enrolInOccurrence.cancellable).toBe(false)
    expectRefused(await api.gql(CANCEL, { e: enrolled.data?.enrolInOccurrence.id }, guardian), 'eventEnrolment/too_late_to_cancel')
  })

  it('checks a ticket in at the door once, by staff of that institution only', async () => {
    const { occurrences } = await publish({ eventGroup: 'door' })
    const enrolled = await api.gql(ENROL, { c: children[2], o: occurrences[0]!.id, a: 1 }, guardian)
    const ticket = enrolled.data?.enrolInOccurrence.ticketCode
    expectRefused(await api.gql(CHECK_IN, { t: ticket }, guardian), 'auth/forbidden')
    // Ten days early: another day's ticket is refused at the door. On its day it checks in.
    expectRefused(await api.gql(CHECK_IN, { t: ticket }, staff), 'ticket/wrong_day')
    await api.orm.em.fork().nativeUpdate(OccurrenceEntity, { id: Number(occurrences[0]!.id) }, { startsAt: new Date() })
    const { data, errors } = await api.gql(CHECK_IN, { t: ticket.toLowerCase() }, staff)
    expect(errors).toBeUndefined()
    expect(data?.checkInTicket.checkedInAt).not.toBeNull()
    expectRefused(await api.gql(CHECK_IN, { t: ticket }, staff), 'ticket/already_checked_in')
    expectRefused(await api.gql(CHECK_IN, { t: 'NOPE0000' }, staff), 'ticket/invalid')
    // A checked-in ticket can no longer be cancelled by the family, and the schema says so.
    expect(enrolled.data?.enrolInOccurrence.cancellable).toBe(true)
    const mine = (await api.gql('{ myGodchildren { eventEnrolments { id cancellable } } }', {}, guardian)).data?.myGodchildren
    const checkedIn = mine
      .flatMap((child: { eventEnrolments: { id: string }[] }) => child.eventEnrolments)
      .find((e: { id: string }) => e.id === enrolled.data?.enrolInOccurrence.id)
    expect(checkedIn).toEqual({ id: enrolled.data?.enrolInOccurrence.id, cancellable: false })
    expectRefused(await api.gql(CANCEL, { e: enrolled.data?.enrolInOccurrence.id }, guardian), 'ticket/already_checked_in')
    // At the door the staff see who is coming, and who has come.
    const ROSTER = 'query ($o: ID!) { occurrenceRoster(occurrenceId: $o) { childFirstName adults checkedInAt } }'
    const roster = (await api.gql(ROSTER, { o: occurrences[0]!.id }, staff)).data?.occurrenceRoster
    expect(roster).toHaveLength(1)
    expect(roster[0]).toMatchObject({ childFirstName: 'Lapsi2', adults: 1 })
    expect(roster[0].checkedInAt).not.toBeNull()
    expectRefused(await api.gql(ROSTER, { o: occurrences[0]!.id }, guardian), 'auth/forbidden')
    // The coordinator sees the visit: the 2020 cohort's orchestra track has a child who came this year.
    const figures = (
      await api.gql(
        '{ cultureIndicators { cohorts { birthYear registered registeredShare } tracks { birthYear year attended } } }',
        {},
        await api.login('coordinator@mukana.test'),
      )
    ).data?.cultureIndicators
    expect(figures.cohorts.find((c: { birthYear: number }) => c.birthYear === 2020)).toMatchObject({ registered: 4 })
    expect(figures.tracks.find((t: { birthYear: number; year: number }) => t.birthYear === 2020 && t.year === YEAR).attended).toBeGreaterThanOrEqual(1)
    // …and the same figures by home district and home language, from every registered child and ticket as stored.
    const coordinator = await api.login('coordinator@mukana.test')
    const QUERY = '{ cultureIndicators { byDistrict { label registered enrolled attended } byLanguage { label registered enrolled attended } } }'
    const groups = (await api.gql(QUERY, {}, coordinator)).data?.cultureIndicators
    const em = api.orm.em.fork()
    const registered = await em.find(ChildEntity, { registeredAt: { $ne: null } })
    const tickets = await em.find(EventEnrolmentEntity, { status: 'enrolled' })
    const enrolledChildren = new Set(tickets.map((ticket) => ticket.child.id))
    const attendedChildren = new Set(tickets.filter((ticket) => ticket.checkedInAt !== null).map((ticket) => ticket.child.id))
    expect(attendedChildren.size).toBeGreaterThan(0)
    const expected = (key: (child: { district: string | null; homeLanguages: string[] }) => string) => {
      const byLabel = new Map<string, number[]>()
      for (const child of registered) byLabel.set(key(child), [...(byLabel.get(key(child)) ?? []), child.id])
      return [...byLabel]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([label, ids]) => ({
          label,
          registered: ids.length,
          enrolled: ids.filter((id) => enrolledChildren.has(id)).length,
          attended: ids.filter((id) => attendedChildren.has(id)).length,
        }))
    }
    expect(groups.byDistrict).toEqual(expected((child) => child.district ?? ''))
    expect(groups.byLanguage).toEqual(expected((child) => child.homeLanguages[0] ?? ''))
  })

  it('gives the rules as fields: the adults an invitation admits, until when a ticket can be cancelled, whether an occurrence is full', async () => {
    const kinds = (await api.gql('{ invitationKinds { invitation maxAdults } }')).data?.invitationKinds
    expect(kinds).toEqual([
      { invitation: 'CHILD_1_ADULT', maxAdults: 1 },
      { invitation: 'CHILD_1_2_ADULTS', maxAdults: 2 },
      { invitation: 'FAMILY', maxAdults: 4 },
    ])
    // A child of its own, placed at registration (the cohort is assigned), so the other tests' limits stay as they are.
    const child = (
      await api.gql(REGISTER, { i: { firstName: 'Sääntö', birthYear: 2020, district: 'Kontula', homeLanguages: ['fi'], fieldRanking: [] } }, guardian)
    ).data?.registerGodchild.id
    const { occurrences } = await publish({ eventGroup: 'rules-day', invitation: 'CHILD_1_2_ADULTS' }, [{ capacity: 3 }])
    const event = (await api.gql(INVITED, { c: child }, guardian)).data?.invitedEvents.find(
      (e: { occurrences: { id: string }[] }) => e.occurrences[0]!.id === occurrences[0]!.id,
    )
    expect(event).toMatchObject({ maxAdults: 2, occurrences: [{ seatsLeft: 3, full: false }] })
    const { data } = await api.gql(
      'mutation ($c: ID!, $o: ID!) { enrolInOccurrence(childId: $c, occurrenceId: $o, adults: 1) { cancellable cancellableUntil occurrence { startsAt seatsLeft full } } }',
      { c: child, o: occurrences[0]!.id },
      guardian,
    )
    const { cancellable, cancellableUntil, occurrence } = data!.enrolInOccurrence
    expect(cancellable).toBe(true)
    expect(new Date(occurrence.startsAt).getTime() - new Date(cancellableUntil).getTime()).toBe(48 * 3600_000)
    expect(occurrence).toMatchObject({ seatsLeft: 1, full: true }) // one place left: too few for a child and an adult
  })
})
