import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LONG_TEXT_LENGTH, TEXT_LENGTH } from '../src/graphql/checkInput'
import { createInstitution } from '../src/modules/culture/institution/institution.service'
import { databaseKinds, expectRefused, startTestApi, type TestApi } from './testApi'
import { DEMO_TERM } from '../src/seed/seedKontula'

describe.each(await databaseKinds())('ids on %s', (kind) => {
  let api: TestApi
  let guardian: string
  let club: string
  beforeAll(async () => {
    api = await startTestApi(kind)
    guardian = await api.login('guardian@mukana.test')
    club = await api.login('club@mukana.test')
  })
  afterAll(() => api.close())

  it('refuses an id that is not a whole number, naming the field, before anything reaches the database', async () => {
    for (const id of ['abc', '1.5', '-3', '0', '1e3', ' 7', '99999999999', "1'; drop table child; --"]) {
      expectRefused(await api.gql('query ($id: ID!) { hobbyGroup(id: $id) { name } }', { id }), 'input/invalid', ['id'])
    }
    expectRefused(await api.gql('mutation { enrol(childId: "1", groupId: "x") { id } }', {}, guardian), 'input/invalid', ['groupId'])
    expectRefused(
      await api.gql(
        'mutation ($p: [ID!]!) { recordAttendance(groupId: "1", date: "2026-10-05", presentChildIds: $p) { attended } }',
        { p: ['2', 'two'] },
        club,
      ),
      'input/invalid',
      ['presentChildIds[1]'],
    )
    // Not only an operation's own fields: a field's arguments inside the answer too.
    expectRefused(await api.gql('{ hobbyGroup(id: "1") { clashesIn(classId: "x") { lesson { day } } } }'), 'input/invalid', ['classId'])
  })

  it("names an input object's id fields as the services do", async () => {
    const input = { surveyId: 'first', childId: '1', ranking: ['1', 'y'], consent: true }
    expectRefused(await api.gql('mutation ($input: AnswerSurveyInput!) { answerSurvey(input: $input) { consent } }', { input }, guardian), 'input/invalid', [
      'surveyId',
      'ranking[1]',
    ])
  })
})

const CREATE_GROUP = 'mutation ($input: CreateHobbyGroupInput!) { createHobbyGroup(input: $input) { id name description } }'
const group = (overrides: Record<string, unknown> = {}) => ({
  clubId: '1',
  schoolId: '2',
  name: 'Futsal',
  activity: 'football',
  capacity: 14,
  girlsReservedSeats: 0,
  grades: [3],
  kind: 'AFTER_SCHOOL',
  term: DEMO_TERM,
  sessions: [{ day: 'FRI', start: '14:15', end: '15:15' }],
  ...overrides,
})

describe.each(await databaseKinds())('texts, dates and names on %s', (kind) => {
  let api: TestApi
  let club: string
  let coordinator: string
  beforeAll(async () => {
    api = await startTestApi(kind)
    club = await api.login('club@mukana.test')
    coordinator = await api.login('coordinator@mukana.test')
  })
  afterAll(() => api.close())

  it('stores texts up to their limits whole and alike on both databases, and refuses longer ones naming the field', async () => {
    const venue = 'Ä'.repeat(TEXT_LENGTH)
    const description = `Rivi 1\nRivi 2\t${'é'.repeat(LONG_TEXT_LENGTH - 14)}`
    const { data, errors } = await api.gql(CREATE_GROUP.replace('description }', 'description venue }'), { input: group({ venue, description }) }, club)
    expect(errors).toBeUndefined()
    expect(data?.createHobbyGroup).toMatchObject({ venue, description })
    expectRefused(await api.gql(CREATE_GROUP, { input: group({ venue: `${venue}x` }) }, club), 'input/invalid', ['venue'])
    expectRefused(await api.gql(CREATE_GROUP, { input: group({ description: 'x'.repeat(100_000) }) }, club), 'input/invalid', ['description'])
    expectRefused(await api.gql(CREATE_GROUP, { input: group({ sessions: [{ day: 'FRI', start: '1'.repeat(300), end: '15:15' }] }) }, club), 'input/invalid', [
      'sessions[0].start',
    ])
  })

  it('refuses control characters (a NUL byte breaks PostgreSQL text) and line breaks in names, keeping them in free text', async () => {
    expectRefused(await api.gql(CREATE_GROUP, { input: group({ name: 'Fut\u0000sal' }) }, club), 'input/invalid', ['name'])
    expectRefused(await api.gql(CREATE_GROUP, { input: group({ name: 'Fut\nsal' }) }, club), 'input/invalid', ['name'])
    expectRefused(await api.gql(CREATE_GROUP, { input: group({ description: 'a\u0000b' }) }, club), 'input/invalid', ['description'])
    expectRefused(await api.gql('query ($c: String!) { surveyForCode(code: $c) { __typename } }', { c: 'AB\u0000CD' }), 'input/invalid', ['code'])
    const groups = await api.gql('{ hobbyGroups { name } }')
    expect(groups.data?.hobbyGroups.some((g: { name: string }) => g.name.includes('\u0000') || g.name.includes('\n'))).toBe(false)
  })

  it('refuses a date that does not exist', async () => {
    for (const date of ['2026-02-31', '2026-13-01', '2026-00-10', '2025-02-29']) {
      expectRefused(
        await api.gql('mutation ($d: String!) { recordAttendance(groupId: "1", date: $d, presentChildIds: []) { attended } }', { d: date }, club),
        'input/invalid',
        ['date'],
      )
    }
  })

  it('answers a name taken already with a field error, also when two ask at once', async () => {
    const field = (await api.gql('{ artFields { id } }')).data?.artFields[0].id
    const create = () => api.gql('mutation ($f: ID!) { createInstitution(input: { name: "Sama talo", fieldId: $f }) { id } }', { f: field }, coordinator)
    const results = await Promise.all(Array.from({ length: 20 }, create))
    expect(results.filter((r) => r.data?.createInstitution)).toHaveLength(1)
    for (const refused of results.filter((r) => r.errors)) expectRefused(refused, 'input/invalid', ['name'])
    expectRefused(await create(), 'input/invalid', ['name'])
    // Over HTTP the requests above mostly arrive one after another; called side by side, both pass the
    // service's own check and the unique index decides.
    const both = await Promise.allSettled([1, 2].map(() => createInstitution(api.orm.em.fork(), { name: 'Toinen talo', fieldId: field })))
    expect(both.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected'])
    const loser = both.find((r) => r.status === 'rejected')!.reason
    expect(loser.extensions).toMatchObject({ code: 'input/invalid', issues: [{ field: 'name' }] })
    const cohort = () => api.gql('mutation { createCohort(input: { birthYear: 2019, sponsor: "Orkesteri" }) { id } }', {}, coordinator)
    const cohorts = await Promise.all(Array.from({ length: 20 }, cohort))
    expect(cohorts.filter((r) => r.data?.createCohort)).toHaveLength(1)
    for (const refused of cohorts.filter((r) => r.errors)) expectRefused(refused, 'input/invalid', ['birthYear'])
  })
})
