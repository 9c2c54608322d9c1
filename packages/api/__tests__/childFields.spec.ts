/**
 * What each role sees of a child, whichever type led it there: a club's roster names the child and no
 * more; a teacher knows the pupil but not the family's hobbies and culture elsewhere.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { databaseKinds, startTestApi, type GraphQLResponse, type TestApi } from './testApi'

/** Every entry's field refused: one auth/forbidden per child, and none of the values sent. */
function expectFieldRefused(response: GraphQLResponse, field: string): void {
  expect(response.errors?.length, field).toBeGreaterThan(0)
  expect(new Set(response.errors?.map((e) => e.extensions?.code)), field).toEqual(new Set(['auth/forbidden']))
}
import { acceptAllIn, publishedSurvey } from './flows'

const FOLLOWED = [
  'enrolments { id }',
  'joinableGroups { id }',
  'eventEnrolments { id }',
  'freeSpotSubscriptions { id }',
  'track { id }',
  'registeredAt',
  'fieldRanking',
]
const KNOWN = ['gender', 'homeLanguages', 'district', 'birthYear', 'schoolClass { name }']

describe.each(await databaseKinds())("a child's fields on %s", (kind) => {
  let api: TestApi
  let club: string
  let teacher: string
  let guardian: string
  let groupId: string

  beforeAll(async () => {
    api = await startTestApi(kind)
    club = await api.login('club@mukana.test')
    teacher = await api.login('teacher@mukana.test')
    guardian = await api.login('guardian@mukana.test')
    groupId = '1'
    await acceptAllIn(api, await publishedSurvey(api), groupId)
  })
  afterAll(() => api.close())

  const roster = (fields: string) => api.gql(`query ($g: ID!) { roster(groupId: $g) { className child { id firstName ${fields} } } }`, { g: groupId }, club)

  it("shows a club its group's children by name only", async () => {
    const { data, errors } = await roster('lastName')
    expect(errors).toBeUndefined()
    expect(data?.roster.length).toBeGreaterThan(0)
    expect(data?.roster[0].child).toEqual({ id: expect.any(String), firstName: expect.any(String), lastName: expect.any(String) })
    // The class only where the club fetches its pupils from class.
    const kind = (await api.gql('query ($g: ID!) { hobbyGroup(id: $g) { kind } }', { g: groupId })).data?.hobbyGroup.kind
    for (const entry of data?.roster ?? []) expect(entry.className === null).toBe(kind !== 'SCHOOL_DAY')
    for (const field of [...KNOWN, ...FOLLOWED]) expectFieldRefused(await roster(field), field)
  })

  it("shows a teacher the class's pupils, but not their hobbies and culture elsewhere", async () => {
    const classId = (await api.gql('{ schoolClasses { id } }', {}, teacher)).data?.schoolClasses[0].id
    const pupils = (fields: string) => api.gql(`query ($c: ID!) { pupils(classId: $c) { id firstName ${fields} } }`, { c: classId }, teacher)
    const { data, errors } = await pupils(['lastName', ...KNOWN].join(' '))
    expect(errors, JSON.stringify(errors)).toBeUndefined()
    expect(data?.pupils.length).toBeGreaterThan(0)
    for (const field of FOLLOWED) expectFieldRefused(await pupils(field), field)
  })

  it('shows a guardian everything about their own children', async () => {
    const { errors } = await api.gql(`{ myChildren { id firstName lastName ${[...KNOWN, ...FOLLOWED].join(' ')} } }`, {}, guardian)
    expect(errors).toBeUndefined()
  })
})
