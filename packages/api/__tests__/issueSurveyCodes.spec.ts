import { SurveyCodeEntity } from '../src/modules/hobby/survey/surveyCode.entity'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SurveyAnswerEntity } from '../src/modules/hobby/survey/surveyAnswer.entity'
import { databaseKinds, expectRefused, startTestApi, type TestApi } from './testApi'
import { DEMO_TERM } from '../src/seed/seedKontula'

const REISSUE = 'mutation ($s: ID!, $c: ID!) { reissueSurveyCode(surveyId: $s, childId: $c) { code child { id } } }'
const ISSUE = 'mutation ($s: ID!, $c: ID!) { issueSurveyCodes(surveyId: $s, classId: $c) { code child { id firstName } } }'
const WITH_CODE = 'mutation ($code: String!, $ranking: [ID!]!) { answerSurveyWithCode(code: $code, ranking: $ranking) { ranking consent } }'
const OPEN = 'mutation ($input: OpenSurveyInput!) { openSurvey(input: $input) { id groups { id } } }'

describe.each(await databaseKinds())('one-time survey codes on %s', (kind) => {
  let api: TestApi
  let teacher: string
  let coordinator: string
  let surveyId: string
  let groups: string[]
  const window = (grade = 3) => ({
    areaId: '1',
    grade,
    term: DEMO_TERM,
    opensAt: new Date(Date.now() - 3600_000).toISOString(),
    closesAt: new Date(Date.now() + 3600_000).toISOString(),
  })

  beforeAll(async () => {
    api = await startTestApi(kind)
    teacher = await api.login('teacher@mukana.test')
    coordinator = await api.login('coordinator@mukana.test')
    const opened = (await api.gql(OPEN, { input: window() }, coordinator)).data?.openSurvey
    surveyId = opened.id
    groups = opened.groups.map((g: { id: string }) => g.id)
  })
  afterAll(() => api.close())

  it("gives a teacher one readable code per pupil of their school's class", async () => {
    const { data, errors } = await api.gql(ISSUE, { s: surveyId, c: '1' }, teacher)
    expect(errors).toBeUndefined()
    const codes: { code: string }[] = data?.issueSurveyCodes
    expect(codes).toHaveLength(29)
    expect(new Set(codes.map((c) => c.code)).size).toBe(29)
    for (const { code } of codes) expect(code).toMatch(/^[A-HJ-KM-NP-Z2-9]{8}$/)
  })

  it('refuses other schools, other roles and surveys of another grade', async () => {
    expectRefused(await api.gql(ISSUE, { s: surveyId, c: '3' }, teacher), 'auth/forbidden') // a Keinutie class
    expectRefused(await api.gql(ISSUE, { s: surveyId, c: '1' }, coordinator), 'auth/forbidden')
    expectRefused(await api.gql(ISSUE, { s: surveyId, c: '1' }), 'auth/unauthenticated')
    const grade4 = (await api.gql(OPEN, { input: window(4) }, coordinator)).data?.openSurvey.id
    expectRefused(await api.gql(ISSUE, { s: grade4, c: '1' }, teacher), 'survey/not_for_pupil')
  })

  it('lets a pupil answer once with a code, without an account; the answer waits for consent', async () => {
    const [{ code, child: pupil }] = (await api.gql(ISSUE, { s: surveyId, c: '2' }, teacher)).data!.issueSurveyCodes
    expectRefused(await api.gql(WITH_CODE, { code, ranking: ['99999'] }), 'input/invalid', ['ranking[0]'])
    const answered = await api.gql(WITH_CODE, { code: code.toLowerCase(), ranking: groups.slice(0, 2) })
    expect(answered.data?.answerSurveyWithCode).toEqual({ ranking: groups.slice(0, 2), consent: false })
    expectRefused(await api.gql(WITH_CODE, { code, ranking: groups.slice(0, 1) }), 'survey/invalid_code')
    expectRefused(await api.gql(WITH_CODE, { code: 'NOTACODE', ranking: groups.slice(0, 1) }), 'survey/invalid_code')
    const stored = await api.orm.em.fork().findOneOrFail(SurveyAnswerEntity, { survey: Number(surveyId), child: Number(pupil.id) })
    expect(stored.consent).toBe(false)
  })

  it("keeps the guardian's consent; asking again gives the same codes, and a reissued code voids the pupil's old one", async () => {
    const guardian = await api.login('guardian@mukana.test')
    const aino = (await api.gql('{ myChildren { id firstName } }', {}, guardian)).data?.myChildren.find((c: { firstName: string }) => c.firstName === 'Aino').id
    await api.gql(
      'mutation ($input: AnswerSurveyInput!) { answerSurvey(input: $input) { consent } }',
      { input: { surveyId, childId: aino, ranking: [groups[0]], consent: true } },
      guardian,
    )
    const codeOf = async () =>
      (await api.gql(ISSUE, { s: surveyId, c: '1' }, teacher)).data?.issueSurveyCodes.find((c: { child: { id: string } }) => c.child.id === aino).code
    const old = await codeOf()
    expect(await codeOf()).toBe(old) // printing the slips again voids nothing
    const fresh = (await api.gql(REISSUE, { s: surveyId, c: aino }, teacher)).data?.reissueSurveyCode.code
    expect(fresh).not.toBe(old)
    expect(await codeOf()).toBe(fresh)
    expectRefused(await api.gql(WITH_CODE, { code: old, ranking: [groups[1]] }), 'survey/invalid_code')
    expect((await api.gql(WITH_CODE, { code: fresh, ranking: [groups[1], groups[0]] })).data?.answerSurveyWithCode).toEqual({
      ranking: [groups[1], groups[0]],
      consent: true,
    })
  })

  it("shows the guardian where each child's answer stands: answered at school and waiting for consent, or answered", async () => {
    const guardian = await api.login('guardian@mukana.test')
    const MINE = '{ myChildren { id firstName schoolClass { id } surveyAnswers { surveyId consent } } }'
    const children = (await api.gql(MINE, {}, guardian)).data?.myChildren as { id: string; firstName: string; schoolClass: { id: string } }[]
    const eino = children.find((c) => c.firstName === 'Eino')!
    const code = (await api.gql(ISSUE, { s: surveyId, c: eino.schoolClass.id }, teacher)).data?.issueSurveyCodes.find(
      (c: { child: { id: string } }) => c.child.id === eino.id,
    ).code
    expect((await api.gql(WITH_CODE, { code, ranking: [groups[0]] })).errors).toBeUndefined()
    const after = (await api.gql(MINE, {}, guardian)).data?.myChildren as { firstName: string; surveyAnswers: { surveyId: string; consent: boolean }[] }[]
    expect(after.find((c) => c.firstName === 'Eino')!.surveyAnswers).toEqual([{ surveyId, consent: false }])
    expect(after.find((c) => c.firstName === 'Aino')!.surveyAnswers).toEqual([{ surveyId, consent: true }])
    // Nobody but a guardian reads a child's answers this way.
    expectRefused(await api.gql('query ($c: ID!) { pupils(classId: $c) { surveyAnswers { consent } } }', { c: eino.schoolClass.id }, teacher), 'auth/forbidden')
  })

  it('gives teachers asking at the same moment the same codes, and refuses a reissue for another school', async () => {
    // A survey of its own, so that no code is out yet.
    const fresh = (await api.gql(OPEN, { input: window(3) }, await api.login('coordinator@mukana.test'))).data?.openSurvey.id
    const sets = await Promise.all(Array.from({ length: 6 }, () => api.gql(ISSUE, { s: fresh, c: '2' }, teacher)))
    const codes = sets.map((r) => JSON.stringify(r.data?.issueSurveyCodes.map((c: { code: string }) => c.code)))
    expect(sets.map((r) => r.errors?.[0]?.extensions?.code ?? 'ok')).toEqual(sets.map(() => 'ok'))
    expect(new Set(codes).size).toBe(1)
    const laakavuori = (await api.gql('{ pupils(classId: "5") { id } }', {}, await api.login('coordinator@mukana.test'))).data?.pupils[0].id
    expectRefused(await api.gql(REISSUE, { s: surveyId, c: laakavuori }, teacher), 'auth/forbidden')
  })

  it("reissues one pupil's code once when asked several times at once: one code stands, and it is one that was handed out", async () => {
    const codes = (await api.gql(ISSUE, { s: surveyId, c: '2' }, teacher)).data?.issueSurveyCodes
    const child = codes[1].child.id
    const sent = await Promise.all(Array.from({ length: 5 }, () => api.gql(REISSUE, { s: surveyId, c: child }, teacher)))
    expect(sent.map((r) => r.errors?.[0]?.extensions?.code ?? 'ok')).toEqual(sent.map(() => 'ok'))
    const stored = await api.orm.em.fork().find(SurveyCodeEntity, { survey: Number(surveyId), child: Number(child) })
    expect(stored).toHaveLength(1)
    expect(sent.map((r) => r.data?.reissueSurveyCode.code)).toContain(stored[0]!.code)
  })
})
