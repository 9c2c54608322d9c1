import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HobbyGroupEntity } from '../src/modules/hobby/hobbyGroup/hobbyGroup.entity'
import { OfferEntity, type Offer } from '../src/modules/hobby/offer/offer.entity'
import { lapseExpiredOffers } from '../src/modules/hobby/offer/offer.service'
import { SurveyEntity } from '../src/modules/hobby/survey/survey.entity'
import { SurveyAnswerEntity } from '../src/modules/hobby/survey/surveyAnswer.entity'
import { ChoiceRefusalEntity } from '../src/modules/hobby/matchRun/choiceRefusal.entity'
import { matchedSurvey } from './flows'
import { databaseKinds, expectRefused, startTestApi, type TestApi } from './testApi'

const PUBLISH = 'mutation ($runId: ID!, $deadline: DateTimeISO!) { publishMatchRun(runId: $runId, deadline: $deadline) { id publishedAt } }'
const ACCEPT = 'mutation ($id: ID!) { acceptOffer(offerId: $id) { id status } }'
const DECLINE = 'mutation ($id: ID!) { declineOffer(offerId: $id) { id status } }'
const MY_OFFERS = '{ myOffers { id status position choice deadline child { id } group { id name } } }'

describe.each(await databaseKinds())('offers on %s', (kind) => {
  let api: TestApi
  let coordinator: string
  let family: string
  let runId: string
  const inTwoDays = () => new Date(Date.now() + 48 * 3600_000).toISOString()

  const offers = async (where: Partial<Record<keyof Offer, unknown>> = {}) =>
    api.orm.em.fork().find(OfferEntity, { run: Number(runId), ...where } as never, { orderBy: { id: 'asc' } })
  const seats = async (groupId: number) => (await api.orm.em.fork().findOneOrFail(HobbyGroupEntity, { id: groupId })).seatsTaken

  beforeAll(async () => {
    api = await startTestApi(kind)
    ;({ coordinator, family, runId } = await matchedSurvey(api))
  })
  afterAll(() => api.close())

  it('publishes nothing at all when seats were taken since the run, then publishes whole', async () => {
    const em = api.orm.em.fork()
    const football = await em.findOneOrFail(HobbyGroupEntity, { id: 1 })
    const before = await Promise.all([1, 2, 3].map(seats))
    football.seatsTaken = football.capacity // direct enrolments filled it after the run
    await em.flush()
    expectRefused(await api.gql(PUBLISH, { runId, deadline: inTwoDays() }, coordinator), 'matchRun/seats_gone')
    expect(await offers()).toHaveLength(0)
    expect(await api.orm.em.fork().count(SurveyEntity, { publishedRunId: { $ne: null } })).toBe(0)
    expect(await Promise.all([2, 3].map(seats))).toEqual(before.slice(1))
    football.seatsTaken = 0
    await em.flush()

    expectRefused(await api.gql(PUBLISH, { runId, deadline: new Date(Date.now() - 1000).toISOString() }, coordinator), 'input/invalid', ['deadline'])
    expectRefused(await api.gql(PUBLISH, { runId, deadline: inTwoDays() }, family), 'auth/forbidden')
    const published = await api.gql(PUBLISH, { runId, deadline: inTwoDays() }, coordinator)
    expect(published.errors).toBeUndefined()
    expect(published.data?.publishMatchRun.publishedAt).toBeTruthy()
    expectRefused(await api.gql(PUBLISH, { runId, deadline: inTwoDays() }, coordinator), 'matchRun/already_published')
    const offered = await offers({ status: 'offered' })
    expect(offered.length).toBeGreaterThan(50)
    expect(await seats(1)).toBe(offered.filter((o) => o.group.id === 1).length)
    expect((await offers({ status: 'waiting', group: 1 })).length).toBeGreaterThan(5)
  })

  it('tells each family which ranked groups the child could not join whatever the seats, and why, naming no other child', async () => {
    const em = api.orm.em.fork()
    const answers = await em.find(SurveyAnswerEntity, { survey: { publishedRunId: Number(runId) } }, { populate: ['child'] })
    const girlsGroup = await em.findOneOrFail(HobbyGroupEntity, { girlsOnly: true, id: { $in: answers.flatMap((a) => a.ranking) } })
    // Everyone who ranked the girls' group without being a girl is told so, at the choice number they gave it.
    const expected = answers
      .filter((a) => a.child.gender !== 'girl' && a.ranking.includes(girlsGroup.id))
      .map((a) => ({ child: a.child.id, choice: a.ranking.indexOf(girlsGroup.id) + 1 }))
      .sort((x, y) => x.child - y.child)
    expect(expected.length).toBeGreaterThan(0)
    const stored = await em.find(ChoiceRefusalEntity, { run: Number(runId) }, { orderBy: { child: 'asc', rank: 'asc' } })
    expect(stored.filter((r) => r.group.id === girlsGroup.id).map((r) => ({ child: r.child.id, choice: r.rank, why: r.why }))).toEqual(
      expected.map((e) => ({ ...e, why: 'only-tags' })),
    )
    // The rest are school-day groups meeting in the child's lessons: the match's own reasons, at the child's choice numbers.
    for (const row of stored.filter((r) => r.group.id !== girlsGroup.id)) {
      expect(row.why).toBe('sessions-outside-availability')
      expect(answers.find((a) => a.child.id === row.child.id)!.ranking.indexOf(row.group.id) + 1).toBe(row.rank)
    }
    const { data, errors } = await api.gql('{ myChildren { id refusedChoices { group { id } choice reason } } }', {}, family)
    expect(errors).toBeUndefined()
    const told = data?.myChildren.find((c: { id: string }) => Number(c.id) === expected[0]!.child)
    expect(told.refusedChoices).toContainEqual({ group: { id: String(girlsGroup.id) }, choice: expected[0]!.choice, reason: 'GIRLS_ONLY' })
    const timed = stored.find((r) => r.why === 'sessions-outside-availability')
    if (timed) {
      const child = data?.myChildren.find((c: { id: string }) => Number(c.id) === timed.child.id)
      expect(child.refusedChoices).toContainEqual({ group: { id: String(timed.group.id) }, choice: timed.rank, reason: 'TIMES' })
    }
    // Staff see no such field: it is the family's explanation.
    expectRefused(await api.gql('{ myChildren { refusedChoices { choice } } }', {}, coordinator), 'auth/forbidden')
  })

  it('lets the family accept: the held seat becomes an enrolment, once', async () => {
    const [offer] = await offers({ status: 'offered' })
    const seatsBefore = await seats(offer.group.id)
    expect((await api.gql(ACCEPT, { id: String(offer.id) }, family)).data?.acceptOffer).toEqual({ id: String(offer.id), status: 'ACCEPTED' })
    expectRefused(await api.gql(ACCEPT, { id: String(offer.id) }, family), 'offer/not_open')
    expectRefused(await api.gql(DECLINE, { id: String(offer.id) }, family), 'offer/not_open')
    expectRefused(await api.gql(ACCEPT, { id: String(offer.id) }, await api.login('guardian@mukana.test')), 'auth/forbidden')
    expect(await seats(offer.group.id)).toBe(seatsBefore)
    const mine = (await api.gql(MY_OFFERS, {}, family)).data?.myOffers
    expect(mine.find((o: { id: string }) => o.id === String(offer.id))).toMatchObject({ status: 'ACCEPTED', choice: offer.rank })
    // Every offer and queue place says which of the child's choices it was.
    for (const row of await offers({})) expect(mine.find((o: { id: string }) => o.id === String(row.id))?.choice).toBe(row.rank)
  })

  it('passes a declined seat to the first on the waiting list, and two at once to two different pupils', async () => {
    const held = (await offers({ status: 'offered', group: 1 })).slice(0, 3)
    const waiting = await offers({ status: 'waiting', group: 1 })
    const seatsBefore = await seats(1)
    await api.gql(DECLINE, { id: String(held[0].id) }, family)
    const [first] = await offers({ id: waiting[0].id })
    expect(first.status).toBe('offered')
    expect(first.deadline!.getTime()).toBeGreaterThan(Date.now() + 47 * 3600_000)
    await Promise.all(held.slice(1).map((o) => api.gql(DECLINE, { id: String(o.id) }, family)))
    const promoted = await offers({ id: { $in: waiting.slice(1, 3).map((w) => w.id) } })
    expect(promoted.map((o) => o.status)).toEqual(['offered', 'offered'])
    expect((await offers({ status: 'waiting', group: 1 })).length).toBe(waiting.length - 3)
    expect(await seats(1)).toBe(seatsBefore)
  })

  it('tells each waiting pupil their place in the queue now, which moves up as seats pass down', async () => {
    const QUEUE = '{ myOffers { id status queuePlace group { id } } }'
    const placesIn = async (groupId: number) =>
      ((await api.gql(QUEUE, {}, family)).data?.myOffers as { id: string; status: string; queuePlace: number | null; group: { id: string } }[]).filter(
        (o) => o.group.id === String(groupId),
      )
    const waiting = await offers({ status: 'waiting', group: 1 })
    const before = await placesIn(1)
    expect(
      before
        .filter((o) => o.status === 'WAITING')
        .map((o) => o.queuePlace)
        .sort((a, b) => a! - b!),
    ).toEqual(waiting.map((_, i) => i + 1))
    expect(before.filter((o) => o.status !== 'WAITING').every((o) => o.queuePlace === null)).toBe(true)
    const second = before.find((o) => o.id === String(waiting[1].id))!
    expect(second.queuePlace).toBe(2)
    const held = (await offers({ status: 'offered', group: 1 }))[0]
    await api.gql(DECLINE, { id: String(held.id) }, family)
    expect((await placesIn(1)).find((o) => o.id === second.id)!.queuePlace).toBe(1)
  })

  it('gives up the worse seat when a family accepts a better one from the waiting list', async () => {
    const all = await offers()
    const active = (o: Offer) => o.status === 'offered' || o.status === 'accepted'
    const promoted = all.find(
      (o) => o.status === 'offered' && o.position !== null && all.some((other) => other.id !== o.id && other.child.id === o.child.id && active(other)),
    )
    expect(promoted, 'a promoted pupil who also holds a seat').toBeDefined()
    const [held] = all.filter((o) => o.id !== promoted!.id && o.child.id === promoted!.child.id && active(o))
    expect(held.rank).toBeGreaterThan(promoted!.rank)
    const heldSeatsBefore = await seats(held.group.id)
    const heldWaiting = (await offers({ status: 'waiting', group: held.group.id }))[0]
    expect((await api.gql(ACCEPT, { id: String(promoted!.id) }, family)).errors).toBeUndefined()
    expect((await offers({ id: held.id }))[0].status).toBe('declined')
    if (heldWaiting) expect((await offers({ id: heldWaiting.id }))[0].status).toBe('offered')
    else expect(await seats(held.group.id)).toBe(heldSeatsBefore - 1)
  })

  it('answers one of an accept and a decline arriving together', async () => {
    const offer = (await offers({ status: 'offered' })).at(-1)!
    const [a, d] = await Promise.all([api.gql(ACCEPT, { id: String(offer.id) }, family), api.gql(DECLINE, { id: String(offer.id) }, family)])
    expect([a.errors === undefined, d.errors === undefined].filter(Boolean)).toHaveLength(1)
  })

  it('lapses offers past their deadline, passing the seats on; a late answer is refused', async () => {
    const em = api.orm.em.fork()
    const offer = (await em.find(OfferEntity, { run: Number(runId), status: 'offered', group: 1 }, { orderBy: { id: 'asc' } }))[0]
    const nextInLine = (await offers({ status: 'waiting', group: 1 }))[0]
    expect(nextInLine).toBeDefined()
    offer.deadline = new Date(Date.now() - 60_000)
    await em.flush()
    expectRefused(await api.gql(ACCEPT, { id: String(offer.id) }, family), 'offer/expired')
    expect(await lapseExpiredOffers(api.orm.em.fork())).toBe(1)
    expect((await offers({ id: offer.id }))[0].status).toBe('lapsed')
    expect((await offers({ id: nextInLine.id }))[0].status).toBe('offered')
    expect(await lapseExpiredOffers(api.orm.em.fork())).toBe(0)
  })

  it('frees the seat for direct enrolment when nobody waits', async () => {
    const all = await offers()
    const quiet = all.find((o) => o.status === 'offered' && !all.some((w) => w.status === 'waiting' && w.group.id === o.group.id))!
    const before = await seats(quiet.group.id)
    await api.gql(DECLINE, { id: String(quiet.id) }, family)
    expect(await seats(quiet.group.id)).toBe(before - 1)
  })
})
