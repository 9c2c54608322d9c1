import { SurveyAnswerEntity } from '../src/modules/hobby/survey/surveyAnswer.entity'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { databaseKinds, expectRefused, startTestApi, type TestApi } from './testApi'
import { DEMO_TERM } from '../src/seed/seedKontula'

const OPEN = 'mutation ($input: OpenSurveyInput!) { openSurvey(input: $input) { id grade term area { name } } }'
const CLOSE = 'mutation ($id: ID!) { closeSurvey(surveyId: $id) { id closesAt } }'
const ANSWER = 'mutation ($input: AnswerSurveyInput!) { answerSurvey(input: $input) { ranking consent freeWindows { day start end } } }'
const SURVEYS = '{ surveys { id grade answerCount groups { id name school { name } } } }'
const CHILDREN = '{ myChildren { id firstName } }'

const hour = 3600_000
const openNow = (overrides: Record<string, unknown> = {}) => ({
  areaId: '1',
  grade: 3,
  term: DEMO_TERM,
  opensAt: new Date(Date.now() - hour).toISOString(),
  closesAt: new Date(Date.now() + 24 * hour).toISOString(),
  ...overrides,
})

describe.each(await databaseKinds())('surveys on %s', (kind) => {
  let api: TestApi
  let coordinator: string
  let guardian: string
  let aino: string
  let surveyId: string
  let groups: { id: string; name: string; school: { name: string } | null }[]

  beforeAll(async () => {
    api = await startTestApi(kind)
    coordinator = await api.login('coordinator@mukana.test')
    guardian = await api.login('guardian@mukana.test')
    aino = (await api.gql(CHILDREN, {}, guardian)).data?.myChildren[0].id
    const opened = await api.gql(OPEN, { input: openNow() }, coordinator)
    expect(opened.errors).toBeUndefined()
    surveyId = opened.data?.openSurvey.id
    groups = (await api.gql(SURVEYS, {}, guardian)).data?.surveys[0].groups
  })
  afterAll(() => api.close())

  it("lets an area's coordinator open a survey, and nobody else", async () => {
    expectRefused(await api.gql(OPEN, { input: openNow({ areaId: '2' }) }, coordinator), 'auth/forbidden')
    for (const email of ['teacher@mukana.test', 'guardian@mukana.test', 'club@mukana.test']) {
      expectRefused(await api.gql(OPEN, { input: openNow() }, await api.login(email)), 'auth/forbidden')
    }
    expectRefused(
      await api.gql(OPEN, { input: openNow({ grade: 12, term: 'fall', closesAt: new Date(Date.now() - 2 * hour).toISOString() }) }, coordinator),
      'input/invalid',
      ['grade', 'term', 'closesAt'],
    )
  })

  it("offers the term's groups at the area's schools and at no school; guardians see their children's surveys", async () => {
    expect(groups.length).toBeGreaterThan(5)
    expect(groups.every((g) => g.school === null || ['Kontulan ala-aste', 'Keinutien ala-aste'].includes(g.school.name))).toBe(true)
    expect(groups.some((g) => g.school === null)).toBe(true)
    const seen = await api.gql(SURVEYS, {}, coordinator)
    expect(seen.data?.surveys.map((s: { id: string }) => s.id)).toEqual([surveyId])
    expectRefused(await api.gql(SURVEYS, {}, await api.login('club@mukana.test')), 'auth/forbidden')
  })

  it('takes a guardian’s answer and lets them change it while the survey is open', async () => {
    const ranking = groups.slice(0, 3).map((g) => g.id)
    const first = await api.gql(ANSWER, { input: { surveyId, childId: aino, ranking, consent: true } }, guardian)
    expect(first.data?.answerSurvey).toEqual({ ranking, consent: true, freeWindows: null })
    const windows = [{ day: 'TUE', start: '14:00', end: '17:00' }]
    const changed = await api.gql(ANSWER, { input: { surveyId, childId: aino, ranking: [ranking[2]], freeWindows: windows, consent: true } }, guardian)
    expect(changed.data?.answerSurvey).toEqual({ ranking: [ranking[2]], consent: true, freeWindows: windows })
    expect((await api.gql(SURVEYS, {}, coordinator)).data?.surveys[0].answerCount).toBe(1)
  })

  it('takes a first answer sent several times at once: one answer, the last one stands, nobody is refused', async () => {
    const eino = (await api.gql(CHILDREN, {}, guardian)).data?.myChildren[1].id
    const rankings = [0, 1, 2, 3].map((i) => [groups[i]!.id])
    const sent = await Promise.all(rankings.map((ranking) => api.gql(ANSWER, { input: { surveyId, childId: eino, ranking, consent: true } }, guardian)))
    expect(sent.map((r) => r.errors)).toEqual([undefined, undefined, undefined, undefined])
    const stored = await api.orm.em.fork().find(SurveyAnswerEntity, { survey: Number(surveyId), child: Number(eino) })
    expect(stored).toHaveLength(1)
    expect(rankings.map(String)).toContain(String(stored[0]!.ranking.map(String)))
  })

  it('refuses answers that are not the guardian’s to give, or not valid, naming the fields', async () => {
    const ranking = [groups[0].id]
    expectRefused(await api.gql(ANSWER, { input: { surveyId, childId: '1', ranking, consent: true } }, guardian), 'auth/forbidden')
    expectRefused(await api.gql(ANSWER, { input: { surveyId, childId: aino, ranking, consent: true } }, coordinator), 'auth/forbidden')
    const parkour = (await api.gql('{ hobbyGroups { id name } }')).data?.hobbyGroups.find((g: { name: string }) => g.name === 'Parkour').id
    expectRefused(
      await api.gql(
        ANSWER,
        {
          input: {
            surveyId,
            childId: aino,
            ranking: [groups[0].id, parkour, groups[0].id],
            freeWindows: [{ day: 'MON', start: '17:00', end: '16:00' }],
            consent: false,
          },
        },
        guardian,
      ),
      'input/invalid',
      ['ranking[1]', 'ranking[2]', 'freeWindows[0].end', 'consent'],
    )
    const grade4 = (await api.gql(OPEN, { input: openNow({ grade: 4 }) }, coordinator)).data?.openSurvey.id
    expectRefused(await api.gql(ANSWER, { input: { surveyId: grade4, childId: aino, ranking, consent: true } }, guardian), 'survey/not_for_pupil')
    const later = (await api.gql(OPEN, { input: openNow({ opensAt: new Date(Date.now() + hour).toISOString() }) }, coordinator)).data?.openSurvey.id
    expectRefused(await api.gql(ANSWER, { input: { surveyId: later, childId: aino, ranking, consent: true } }, guardian), 'survey/not_open')
  })

  it('takes activity types too, each standing for all of its groups, after the groups ranked by name', async () => {
    const football = groups.filter((g) => /jalkapallo/i.test(g.name))
    const floorball = groups.filter((g) => /salibandy/i.test(g.name))
    expect(floorball.length).toBeGreaterThan(1)
    const { data, errors } = await api.gql(
      ANSWER,
      { input: { surveyId, childId: aino, ranking: [floorball[1]!.id], activities: ['floorball', 'football'], consent: true } },
      guardian,
    )
    expect(errors).toBeUndefined()
    expect(data?.answerSurvey.ranking).toEqual([
      floorball[1]!.id,
      ...floorball.filter((g) => g !== floorball[1]).map((g) => g.id),
      ...football.map((g) => g.id),
    ])
    expectRefused(
      await api.gql(ANSWER, { input: { surveyId, childId: aino, ranking: [], activities: ['quidditch', 'football', 'football'], consent: true } }, guardian),
      'input/invalid',
      ['activities[0]', 'activities[2]'],
    )
  })

  it('closes: after that answers can no longer change', async () => {
    const survey = (await api.gql(OPEN, { input: openNow() }, coordinator)).data?.openSurvey.id
    expectRefused(await api.gql(CLOSE, { id: survey }, guardian), 'auth/forbidden')
    expect((await api.gql(CLOSE, { id: survey }, coordinator)).errors).toBeUndefined()
    expectRefused(await api.gql(CLOSE, { id: survey }, coordinator), 'survey/closed')
    expectRefused(await api.gql(ANSWER, { input: { surveyId: survey, childId: aino, ranking: [groups[0].id], consent: true } }, guardian), 'survey/closed')
  })
})
