import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seededRandom } from '@mukana/matcher'
import { MatchRunEntity } from '../src/modules/hobby/matchRun/matchRun.entity'
import { ChildEntity } from '../src/modules/people/child/child.entity'
import { SurveyEntity } from '../src/modules/hobby/survey/survey.entity'
import { SurveyAnswerEntity } from '../src/modules/hobby/survey/surveyAnswer.entity'
import { databaseKinds, expectRefused, startTestApi, type TestApi } from './testApi'
import { DEMO_TERM } from '../src/seed/seedKontula'

const OPEN = 'mutation ($input: OpenSurveyInput!) { openSurvey(input: $input) { id groups { id capacity girlsReservedSeats } } }'
const RUN = `mutation ($input: RunMatchInput!) { runMatch(input: $input) {
  id mechanism seed participants placed placedShare firstChoiceShare top3Share rankHistogram girlsPlacedShare boysPlacedShare otherMechanismPlaced
  placements { child { id gender } group { id capacity } rank round } unplaced { child { id } reason } planning { kind activity wouldPlace }
} }`
const RUNS = 'query ($surveyId: ID!) { matchRuns(surveyId: $surveyId) { id mechanism placed } }'

describe.each(await databaseKinds())('match runs on %s', (kind) => {
  let api: TestApi
  let coordinator: string
  let surveyId: string
  let answered: number

  beforeAll(async () => {
    api = await startTestApi(kind)
    coordinator = await api.login('coordinator@mukana.test')
    const now = Date.now()
    const opened = await api.gql(
      OPEN,
      {
        input: {
          areaId: '1',
          grade: 3,
          term: DEMO_TERM,
          opensAt: new Date(now - 3600_000).toISOString(),
          closesAt: new Date(now + 3600_000).toISOString(),
        },
      },
      coordinator,
    )
    surveyId = opened.data?.openSurvey.id
    const groupIds: number[] = opened.data?.openSurvey.groups.map((g: { id: string }) => Number(g.id))
    // Every grade-3 pupil of the area answers: three to five groups, at random but reproducibly.
    const em = api.orm.em.fork()
    const survey = await em.findOneOrFail(SurveyEntity, { id: Number(surveyId) })
    const pupils = await em.find(ChildEntity, { schoolClass: { grade: 3, school: { area: 1 } } }, { orderBy: { id: 'asc' } })
    const random = seededRandom(3)
    for (const pupil of pupils) {
      const ranking = [...groupIds].sort(() => random() - 0.5).slice(0, 3 + Math.floor(random() * 3))
      em.create(SurveyAnswerEntity, { survey, child: pupil, ranking, freeWindows: null, consent: true, updatedAt: new Date() })
    }
    await em.flush()
    answered = pupils.length
  })
  afterAll(() => api.close())

  it('refuses to match an open survey', async () => {
    expectRefused(await api.gql(RUN, { input: { surveyId, seed: 1 } }, coordinator), 'survey/still_open')
  })

  it('matches a closed survey within the free seats, explains the rest, and reproduces from its seed', async () => {
    await api.gql('mutation ($id: ID!) { closeSurvey(surveyId: $id) { id } }', { id: surveyId }, coordinator)
    const { data, errors } = await api.gql(RUN, { input: { surveyId, seed: 2026 } }, coordinator)
    expect(errors).toBeUndefined()
    const run = data?.runMatch
    expect(answered).toBe(145) // Kontulan ala-aste 56 + the twins, Keinutien ala-aste 87
    expect(run).toMatchObject({ mechanism: 'DEFERRED_ACCEPTANCE', seed: 2026, participants: answered })
    expect(run.placed + run.unplaced.length).toBe(answered)
    expect(run.placements).toHaveLength(run.placed)
    expect(run.rankHistogram.reduce((a: number, b: number) => a + b, 0)).toBe(run.placed)
    const load = new Map<string, number>()
    for (const p of run.placements) load.set(p.group.id, (load.get(p.group.id) ?? 0) + 1)
    for (const p of run.placements) expect(load.get(p.group.id)).toBeLessThanOrEqual(p.group.capacity)
    expect(run.girlsPlacedShare).toBeGreaterThan(0)
    expect(run.otherMechanismPlaced).toBeGreaterThanOrEqual(run.placed)
    const again = (await api.gql(RUN, { input: { surveyId, seed: 2026 } }, coordinator)).data?.runMatch
    expect(again.placements).toEqual(run.placements)
    const coverage = (await api.gql(RUN, { input: { surveyId, seed: 2026, mechanism: 'MAX_COVERAGE' } }, coordinator)).data?.runMatch
    expect(coverage.placed).toBe(run.otherMechanismPlaced)
    const runs = (await api.gql(RUNS, { surveyId }, coordinator)).data?.matchRuns
    expect(runs.map((r: { mechanism: string }) => r.mechanism)).toEqual(['MAX_COVERAGE', 'DEFERRED_ACCEPTANCE', 'DEFERRED_ACCEPTANCE'])
  })

  it('keeps the exact instance it matched: free seats, girls’ reserves, host-school priority', async () => {
    const em = api.orm.em.fork()
    const [run] = await em.find(MatchRunEntity, { survey: Number(surveyId) }, { populate: ['instance'], orderBy: { id: 'asc' }, limit: 1 })
    const { instance } = run
    expect(instance.participants).toHaveLength(answered)
    const football = instance.offerings.find((o) => o.id === '1')
    expect(football).toMatchObject({ capacity: 16, reserved: [{ tag: 'girl', seats: 6 }], priorityTags: ['school:1'] })
  })

  it('lets only the area’s coordinators run and read runs, with valid parameters', async () => {
    for (const email of ['teacher@mukana.test', 'guardian@mukana.test', 'club@mukana.test']) {
      const token = await api.login(email)
      expectRefused(await api.gql(RUN, { input: { surveyId, seed: 1 } }, token), 'auth/forbidden')
      expectRefused(await api.gql(RUNS, { surveyId }, token), 'auth/forbidden')
    }
    expectRefused(await api.gql(RUN, { input: { surveyId, seed: -1, maxPlacements: 9 } }, coordinator), 'input/invalid', ['maxPlacements', 'seed'])
    expectRefused(await api.gql(RUN, { input: { surveyId: '999', seed: 1 } }, coordinator), 'not_found')
  })
})
