import { SurveyEntity } from '../src/modules/hobby/survey/survey.entity'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SchoolEntity } from '../src/modules/people/school/school.entity'
import { insertGroup } from './flows'
import { databaseKinds, expectRefused, startTestApi, type TestApi } from './testApi'
import { DEMO_TERM } from '../src/seed/seedKontula'

const OPEN = 'mutation ($input: OpenSurveyInput!) { openSurvey(input: $input) { id } }'
const PUPIL_SURVEY =
  'query ($s: ID!, $p: ID!) { pupilSurvey(surveyId: $s, childId: $p) { childFirstName groups { id name } answer { ranking } survey { term } } }'
const FOR_CODE = 'query ($code: String!) { surveyForCode(code: $code) { childFirstName groups { id name } answer { ranking } } }'
const ISSUE = 'mutation ($s: ID!, $c: ID!) { issueSurveyCodes(surveyId: $s, classId: $c) { code child { firstName } } }'
const SCHEDULE = 'mutation ($c: ID!, $g: ID!) { scheduleSchoolDayGroup(classId: $c, groupId: $g) { id } }'

describe.each(await databaseKinds())('a survey as one pupil sees it, on %s', (kind) => {
  let api: TestApi
  let guardian: string
  let surveyId: string
  let aino: string
  let eino: string
  const ids: Record<string, string> = {}
  const names = (groups: { name: string }[]) => groups.map((g) => g.name)

  beforeAll(async () => {
    api = await startTestApi(kind)
    guardian = await api.login('guardian@mukana.test')
    const school = await api.orm.em.fork().findOneOrFail(SchoolEntity, { name: 'Kontulan ala-aste' })
    ids.girls = String(await insertGroup(api, 'Girls’ floorball', { girlsOnly: true }))
    ids.grade5 = String(await insertGroup(api, 'Grade 5 chess', { grades: [5] }))
    ids.schoolDay = String(await insertGroup(api, 'Lunch-hour chess', { school, kind: 'school-day', sessions: [{ day: 'thu', start: '12:45', end: '13:30' }] }))
    const now = Date.now()
    const input = {
      areaId: '1',
      grade: 3,
      term: DEMO_TERM,
      opensAt: new Date(now - 3600_000).toISOString(),
      closesAt: new Date(now + 3600_000).toISOString(),
    }
    surveyId = (await api.gql(OPEN, { input }, await api.login('coordinator@mukana.test'))).data?.openSurvey.id
    const children = (await api.gql('{ myChildren { id firstName } }', {}, guardian)).data?.myChildren
    aino = children.find((c: { firstName: string }) => c.firstName === 'Aino').id
    eino = children.find((c: { firstName: string }) => c.firstName === 'Eino').id
  })
  afterAll(() => api.close())

  it("shows a guardian the groups their child can rank: the grade's, girls-only for girls, school-day ones placed into the class", async () => {
    const before = (await api.gql(PUPIL_SURVEY, { s: surveyId, p: aino }, guardian)).data?.pupilSurvey
    expect(before.childFirstName).toBe('Aino')
    expect(names(before.groups)).toContain('Girls’ floorball')
    expect(names(before.groups)).not.toContain('Grade 5 chess')
    expect(names(before.groups)).not.toContain('Lunch-hour chess')
    expect(before.answer).toBeNull()
    const boy = (await api.gql(PUPIL_SURVEY, { s: surveyId, p: eino }, guardian)).data?.pupilSurvey
    expect(names(boy.groups)).not.toContain('Girls’ floorball')

    // Aino is in 3A at Kontulan ala-aste: once her teacher places the group, she can rank it.
    expect((await api.gql(SCHEDULE, { c: '1', g: ids.schoolDay }, await api.login('teacher@mukana.test'))).errors).toBeUndefined()
    const after = (await api.gql(PUPIL_SURVEY, { s: surveyId, p: aino }, guardian)).data?.pupilSurvey
    expect(names(after.groups)).toContain('Lunch-hour chess')
  })

  it('includes the answer so far, so a guardian can change it', async () => {
    const groups = (await api.gql(PUPIL_SURVEY, { s: surveyId, p: aino }, guardian)).data?.pupilSurvey.groups
    const ranking = [groups[1].id, groups[0].id]
    const answered = await api.gql(
      'mutation ($input: AnswerSurveyInput!) { answerSurvey(input: $input) { id } }',
      { input: { surveyId, childId: aino, ranking, consent: true } },
      guardian,
    )
    expect(answered.errors).toBeUndefined()
    expect((await api.gql(PUPIL_SURVEY, { s: surveyId, p: aino }, guardian)).data?.pupilSurvey.answer).toEqual({ ranking })
  })

  it("refuses other people's children and other roles", async () => {
    const otherPupil = '100'
    expectRefused(await api.gql(PUPIL_SURVEY, { s: surveyId, p: otherPupil }, guardian), 'auth/forbidden')
    for (const email of ['teacher@mukana.test', 'club@mukana.test', 'coordinator@mukana.test']) {
      expectRefused(await api.gql(PUPIL_SURVEY, { s: surveyId, p: aino }, await api.login(email)), 'auth/forbidden')
    }
    expectRefused(await api.gql(PUPIL_SURVEY, { s: surveyId, p: aino }), 'auth/unauthenticated')
    expectRefused(await api.gql(PUPIL_SURVEY, { s: '999', p: aino }, guardian), 'not_found')
  })

  it("shows a pupil with a one-time code the groups for them, but not the guardian's answer", async () => {
    const codes = (await api.gql(ISSUE, { s: surveyId, c: '1' }, await api.login('teacher@mukana.test'))).data?.issueSurveyCodes
    const ainos = codes.find((c: { child: { firstName: string } }) => c.child.firstName === 'Aino')
    const { data, errors } = await api.gql(FOR_CODE, { code: ` ${ainos.code.toLowerCase()} ` })
    expect(errors).toBeUndefined()
    expect(data?.surveyForCode.childFirstName).toBe('Aino')
    expect(names(data?.surveyForCode.groups)).toContain('Lunch-hour chess')
    expect(data?.surveyForCode.answer).toBeNull()
    expectRefused(await api.gql(FOR_CODE, { code: 'NOPE2345' }), 'survey/invalid_code')
    // Typed as a child types it: split in two, with a dash.
    const spaced = `${ainos.code.slice(0, 3)} - ${ainos.code.slice(3).toLowerCase()}`
    expect((await api.gql(FOR_CODE, { code: spaced })).data?.surveyForCode.childFirstName).toBe('Aino')
    // Once the survey has closed, the code says so at once, before anything is picked.
    await api.orm.em.fork().nativeUpdate(SurveyEntity, { id: Number(surveyId) }, { closesAt: new Date(Date.now() - 1000) })
    expectRefused(await api.gql(FOR_CODE, { code: ainos.code }), 'survey/closed')
  })
})
