import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { acceptAllIn, matchedSurvey, publishedSurvey, type PublishedSurvey } from './flows'
import { EnrolmentEntity } from '../src/modules/hobby/enrolment/enrolment.entity'
import { databaseKinds, expectRefused, startTestApi, type TestApi } from './testApi'

const INDICATORS = `query ($surveyId: ID!) { indicators(surveyId: $surveyId) {
  total { pupils answered enrolled regular girlsEnrolledShare boysEnrolledShare }
  schools { label pupils enrolled } classes { label pupils }
  runPublished firstChoiceShare top3Share unplacedByReason { reason count } demand { activity firstChoice seats } planning { activity wouldPlace }
} }`

describe.each(await databaseKinds())('indicators on %s', (kind) => {
  let api: TestApi
  let flow: PublishedSurvey
  let enrolled: string[]

  beforeAll(async () => {
    api = await startTestApi(kind)
    flow = await publishedSurvey(api)
    enrolled = await acceptAllIn(api, flow, '1')
    const club = await api.login('club@mukana.test')
    for (const date of ['2026-09-07', '2026-09-14', '2026-09-21', '2026-09-28']) {
      await api.gql(
        'mutation ($d: String!, $p: [ID!]!) { recordAttendance(groupId: "1", date: $d, presentChildIds: $p) { attended } }',
        { d: date, p: enrolled.slice(1) },
        club,
      )
    }
  })
  afterAll(() => api.close())

  it('counts who answered, who has a hobby and whose hobby is regular, by school and class', async () => {
    const { data, errors } = await api.gql(INDICATORS, { surveyId: flow.surveyId }, flow.coordinator)
    expect(errors).toBeUndefined()
    const { total, schools, classes } = data!.indicators
    expect(total).toMatchObject({ pupils: 145, answered: 145, enrolled: enrolled.length, regular: enrolled.length - 1 })
    expect(total.girlsEnrolledShare + total.boysEnrolledShare).toBeGreaterThan(0)
    expect(schools.map((s: { label: string }) => s.label)).toEqual(['Keinutien ala-aste', 'Kontulan ala-aste'])
    expect(schools.reduce((sum: number, s: { pupils: number }) => sum + s.pupils, 0)).toBe(145)
    expect(schools.reduce((sum: number, s: { enrolled: number }) => sum + s.enrolled, 0)).toBe(enrolled.length)
    expect(classes).toHaveLength(5)
  })

  it("reports the published run's shares, why pupils were left out, demand per seat and what to open next", async () => {
    const { indicators } = (await api.gql(INDICATORS, { surveyId: flow.surveyId }, flow.coordinator)).data!
    expect(indicators.runPublished).toBe(true)
    expect(indicators.firstChoiceShare).toBeGreaterThan(0)
    expect(indicators.top3Share).toBeGreaterThanOrEqual(indicators.firstChoiceShare)
    expect(indicators.unplacedByReason.map((r: { reason: string }) => r.reason)).toEqual([
      'ranked-nothing',
      'no-acceptable-offering',
      'acceptable-offerings-full',
    ])
    const football = indicators.demand.find((d: { activity: string }) => d.activity === 'football')
    expect(football.firstChoice).toBeGreaterThan(football.seats) // everybody's first choice: more demand than seats
    expect(indicators.demand[0].firstChoice / indicators.demand[0].seats).toBeGreaterThanOrEqual(football.firstChoice / football.seats)
    expect(indicators.planning.length).toBeGreaterThan(0)
  })

  it('counts the families taking part together: pupils with an adult of their family in their group', async () => {
    const query = 'query ($s: ID!) { indicators(surveyId: $s) { familiesTakingPart } }'
    expect((await api.gql(query, { s: flow.surveyId }, flow.coordinator)).data?.indicators.familiesTakingPart).toBe(0)
    // Two families joined their children (through takePartAsAdult in a family group; here set directly).
    const em = api.orm.em.fork()
    const rows = await em.find(EnrolmentEntity, { status: 'enrolled', child: { $in: enrolled.slice(0, 2).map(Number) } })
    for (const row of rows) row.adults = 1
    await em.flush()
    expect((await api.gql(query, { s: flow.surveyId }, flow.coordinator)).data?.indicators.familiesTakingPart).toBe(2)
    for (const row of rows) row.adults = 0
    await em.flush()
  })

  it('claims nothing from a run before one is published', async () => {
    const fresh = await startTestApi(kind)
    try {
      const matched = await matchedSurvey(fresh)
      const { indicators } = (await fresh.gql(INDICATORS, { surveyId: matched.surveyId }, matched.coordinator)).data!
      expect(indicators).toMatchObject({ runPublished: false, firstChoiceShare: null, unplacedByReason: [], planning: [] })
    } finally {
      await fresh.close()
    }
  })

  it("is for the area's coordinators only", async () => {
    for (const email of ['teacher@mukana.test', 'club@mukana.test', 'guardian@mukana.test']) {
      expectRefused(await api.gql(INDICATORS, { surveyId: flow.surveyId }, await api.login(email)), 'auth/forbidden')
    }
    expectRefused(await api.gql(INDICATORS, { surveyId: flow.surveyId }), 'auth/unauthenticated')
  })
})
