import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Instance, Result } from '@mukana/matcher'
import { HobbyGroupEntity } from '../src/modules/hobby/hobbyGroup/hobbyGroup.entity'
import { MatchRunEntity } from '../src/modules/hobby/matchRun/matchRun.entity'
import { SurveyAnswerEntity } from '../src/modules/hobby/survey/surveyAnswer.entity'
import { ChildEntity } from '../src/modules/people/child/child.entity'
import { reservesOf, type Targeting } from '../src/modules/hobby/survey/targeting'
import { matchedSurvey } from './flows'
import { databaseKinds, expectRefused, startTestApi, type TestApi } from './testApi'
import { DEMO_TERM } from '../src/seed/seedKontula'
import { nextTerm } from '../src/modules/hobby/calendar/termOf'

const SET =
  'mutation ($s: ID!, $i: SurveyTargetingInput!) { setSurveyTargeting(surveyId: $s, input: $i) { targeting { reserves { target share } districts } } }'
const RUN = 'mutation ($input: RunMatchInput!) { runMatch(input: $input) { id } }'
const PUBLISH = 'mutation ($runId: ID!, $deadline: DateTimeISO!) { publishMatchRun(runId: $runId, deadline: $deadline) { id } }'
const POLICY = {
  reserves: [
    { target: 'NO_REGULAR_HOBBY', share: 20 },
    { target: 'GIRLS', share: 10 },
    { target: 'TARGETED_AREA', share: 10 },
  ],
  districts: ['Kontula'],
}

describe('reservesOf', () => {
  const policy: Targeting = {
    reserves: [
      { target: 'noRegularHobby', share: 20 },
      { target: 'girls', share: 10 },
      { target: 'targetedArea', share: 10 },
    ],
    districts: ['Kontula'],
  }
  const group = (mostTargetedShare: number, girlsReservedSeats = 0, girlsOnly = false) => ({ girlsReservedSeats, girlsOnly, club: { mostTargetedShare } })

  it("holds each target's share of the seats, in the policy's order, when the club allows it all", () => {
    expect(reservesOf(group(100), 20, policy)).toEqual([
      { tag: 'no-regular-hobby', seats: 4 },
      { tag: 'girl', seats: 2 },
      { tag: 'targeted-area', seats: 2 },
    ])
  })

  it('holds no more than the club allows, the first targets first', () => {
    expect(reservesOf(group(25), 20, policy)).toEqual([
      { tag: 'no-regular-hobby', seats: 4 },
      { tag: 'girl', seats: 1 },
    ])
    expect(reservesOf(group(0), 20, policy)).toEqual([])
  })

  it("keeps the club's own seats for girls apart from what it allows the city", () => {
    expect(reservesOf(group(25, 3), 20, policy)).toEqual([
      { tag: 'no-regular-hobby', seats: 4 },
      { tag: 'girl', seats: 3 },
      { tag: 'targeted-area', seats: 1 },
    ])
    expect(reservesOf(group(0, 3), 20, policy)).toEqual([{ tag: 'girl', seats: 3 }])
    expect(reservesOf(group(100, 3, true), 20, policy).map((r) => r.tag)).toEqual(['no-regular-hobby', 'targeted-area'])
  })
})

describe.each(await databaseKinds())('a survey’s targeting policy on %s', (kind) => {
  let api: TestApi
  let flow: Awaited<ReturnType<typeof matchedSurvey>>

  beforeAll(async () => {
    api = await startTestApi(kind)
    flow = await matchedSurvey(api)
  })
  afterAll(() => api.close())

  it('starts with the clubs’ own seats for girls and the programme’s districts; only the area’s coordinator changes it, field by field', async () => {
    const { data } = await api.gql('{ surveys { id targeting { reserves { target share } districts } } }', {}, flow.coordinator)
    expect(data?.surveys.find((s: { id: string }) => s.id === flow.surveyId).targeting).toEqual({
      reserves: [{ target: 'GIRLS', share: 0 }],
      districts: ['Kontula', 'Mellunkylä', 'Vuosaari', 'Malmi', 'Kaarela'],
    })
    expectRefused(await api.gql(SET, { s: flow.surveyId, i: POLICY }, flow.family), 'auth/forbidden')
    const bad = {
      reserves: [
        { target: 'GIRLS', share: 80 },
        { target: 'GIRLS', share: 10 },
      ],
      districts: ['Atlantis'],
    }
    expectRefused(await api.gql(SET, { s: flow.surveyId, i: bad }, flow.coordinator), 'input/invalid', [
      'reserves[0].share',
      'reserves[1].target',
      'districts[0]',
    ])
    const set = await api.gql(SET, { s: flow.surveyId, i: POLICY }, flow.coordinator)
    expect(set.data?.setSurveyTargeting.targeting).toEqual(POLICY)
  })

  it('becomes reserves in the policy’s order and tags on the pupils it targets; the placements name their reserve', async () => {
    const em = api.orm.em.fork()
    const answers = await em.find(SurveyAnswerEntity, { survey: Number(flow.surveyId) }, { orderBy: { id: 'asc' }, populate: ['child'] })
    // Every third pupil says they have no regular hobby now.
    answers.forEach((answer, i) => (answer.regularHobby = i % 3 === 0 ? false : i % 3 === 1 ? true : null))
    // One club allows the city none of its seats: its groups keep only the seats it reserved for girls itself.
    const groups = await em.find(HobbyGroupEntity, {}, { populate: ['club'], orderBy: { id: 'asc' } })
    const capped = groups[0]!.club
    capped.mostTargetedShare = 0
    await em.flush()
    const run = await api.gql(RUN, { input: { surveyId: flow.surveyId, seed: 11 } }, flow.coordinator)
    expect(run.errors).toBeUndefined()
    const saved = await api.orm.em.fork().findOneOrFail(MatchRunEntity, { id: Number(run.data?.runMatch.id) }, { populate: ['instance', 'result'] })
    const instance = saved.instance as Instance
    const result = saved.result as Result
    const cappedOfferings = instance.offerings.filter((o) => groups.find((g) => String(g.id) === o.id)!.club.id === capped.id)
    expect(cappedOfferings.length).toBeGreaterThan(0)
    for (const offering of cappedOfferings) {
      const group = groups.find((g) => String(g.id) === offering.id)!
      const own = group.girlsOnly ? 0 : Math.min(group.girlsReservedSeats, offering.capacity)
      expect(offering.reserved ?? []).toEqual(own > 0 ? [{ tag: 'girl', seats: own }] : [])
    }
    const big = instance.offerings.find((o) => o.capacity >= 10 && groups.find((g) => String(g.id) === o.id)!.club.id !== capped.id)!
    expect(big.reserved!.map((r) => r.tag)).toEqual(['no-regular-hobby', 'girl', 'targeted-area'].filter((tag) => big.reserved!.some((r) => r.tag === tag)))
    expect(big.reserved!.find((r) => r.tag === 'no-regular-hobby')!.seats).toBe(Math.floor(big.capacity * 0.2))
    const tagsOf = new Map(instance.participants.map((p) => [p.id, p.tags ?? []]))
    for (const [i, answer] of answers.entries()) {
      expect(tagsOf.get(String(answer.child.id))?.includes('no-regular-hobby')).toBe(i % 3 === 0)
      expect(tagsOf.get(String(answer.child.id))?.includes('targeted-area')).toBe(answer.child.district === 'Kontula')
    }
    const reserved = result.placements.filter((p) => p.reserve)
    expect(reserved.length).toBeGreaterThan(0)
    for (const placement of reserved) expect(tagsOf.get(placement.participant)).toContain(placement.reserve)
    expect(Object.keys(result.summary.byTag)).toEqual(expect.arrayContaining(['girl', 'no-regular-hobby', 'targeted-area']))

    // Published: each family's offer says which reserve gave the seat; the policy then stands.
    const published = await api.gql(PUBLISH, { runId: run.data?.runMatch.id, deadline: new Date(Date.now() + 48 * 3600_000).toISOString() }, flow.coordinator)
    expect(published.errors).toBeUndefined()
    const offers = (await api.gql('{ myOffers { status reserve child { id } } }', {}, flow.family)).data?.myOffers as {
      status: string
      reserve: string | null
      child: { id: string }
    }[]
    const withReserve = offers.filter((o) => o.reserve)
    expect(withReserve.length).toBe(reserved.length)
    expect(new Set(withReserve.map((o) => o.reserve))).toEqual(
      new Set(reserved.map((p) => ({ girl: 'GIRLS', 'no-regular-hobby': 'NO_REGULAR_HOBBY', 'targeted-area': 'TARGETED_AREA' })[p.reserve!])),
    )
    expectRefused(await api.gql(SET, { s: flow.surveyId, i: POLICY }, flow.coordinator), 'matchRun/already_published')

    // The indicators report each target group.
    const indicators = await api.gql(
      'query ($s: ID!) { indicators(surveyId: $s) { targets { target reserved pupils enrolled placedShare } } }',
      { s: flow.surveyId },
      flow.coordinator,
    )
    const targets = indicators.data?.indicators.targets as { target: string; reserved: boolean; pupils: number; placedShare: number | null }[]
    expect(targets.map((t) => t.target)).toEqual(['GIRLS', 'NO_REGULAR_HOBBY', 'TARGETED_AREA'])
    expect(targets.every((t) => t.reserved)).toBe(true)
    expect(targets[1].pupils).toBe(answers.filter((_, i) => i % 3 === 0).length)
    const girls = await api.orm.em.fork().count(ChildEntity, { gender: 'girl', schoolClass: { grade: 3, school: { area: 1 } } })
    expect(targets[0].pupils).toBe(girls)
    expect(targets[1].placedShare).toBe(result.summary.byTag['no-regular-hobby'].share)
  })

  it('asks families and pupils whether the child has a regular hobby now', async () => {
    const now = Date.now()
    // A group for the spring term, for the spring survey to offer.
    const em = api.orm.em.fork()
    const { id: _, ...football } = await em.findOneOrFail(HobbyGroupEntity, { id: 1 })
    em.create(HobbyGroupEntity, { ...football, term: nextTerm(DEMO_TERM), seatsTaken: 0 })
    await em.flush()
    const opened = await api.gql(
      'mutation ($input: OpenSurveyInput!) { openSurvey(input: $input) { id groups { id } } }',
      {
        input: {
          areaId: '1',
          grade: 3,
          term: nextTerm(DEMO_TERM),
          opensAt: new Date(now - 60_000).toISOString(),
          closesAt: new Date(now + 86_400_000).toISOString(),
        },
      },
      flow.coordinator,
    )
    expect(opened.errors).toBeUndefined()
    const survey = opened.data?.openSurvey
    const guardian = await api.login('guardian@mukana.test')
    const [aino] = (await api.gql('{ myChildren { id firstName } }', {}, guardian)).data?.myChildren as { id: string }[]
    const ANSWER = 'mutation ($input: AnswerSurveyInput!) { answerSurvey(input: $input) { regularHobby } }'
    const input = { surveyId: survey.id, childId: aino.id, ranking: [survey.groups[0].id], consent: true }
    expect((await api.gql(ANSWER, { input: { ...input, regularHobby: false } }, guardian)).data?.answerSurvey.regularHobby).toBe(false)
    // Answering again without the question keeps what was said.
    expect((await api.gql(ANSWER, { input }, guardian)).data?.answerSurvey.regularHobby).toBe(false)
    expect((await api.gql(ANSWER, { input: { ...input, regularHobby: true } }, guardian)).data?.answerSurvey.regularHobby).toBe(true)
  })
})
