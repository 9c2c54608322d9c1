/** The audit trail over HTTP on both databases: reads of children's data and every write are recorded, nothing else. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { acceptAllIn, publishedSurvey } from './flows'
import { databaseKinds, expectRefused, startTestApi, type TestApi } from './testApi'

const TRAIL = 'query ($c: ID, $a: ID, $l: Int) { auditEvents(childId: $c, actorId: $a, limit: $l) { actorId actorRole address operation kind childIds } }'

describe.each(await databaseKinds())('the audit trail on %s', (kind) => {
  let api: TestApi
  let coordinator: string
  let club: string
  let enrolled: string[]

  beforeAll(async () => {
    api = await startTestApi(kind)
    const flow = await publishedSurvey(api)
    enrolled = await acceptAllIn(api, flow, '1')
    coordinator = await api.login('admin@mukana.test')
    club = await api.login('club@mukana.test')
  })
  afterAll(() => api.close())

  const trail = async (variables: Record<string, unknown> = {}) => {
    const { data, errors } = await api.gql(TRAIL, { l: 1000, ...variables }, coordinator)
    expect(errors).toBeUndefined()
    return data?.auditEvents as { actorId: string; actorRole: string; address: string; operation: string; kind: string; childIds: string[] }[]
  }

  it('records a club reading its roster, naming each child on it, who and from where', async () => {
    const roster = await api.gql('query { roster(groupId: "1") { child { id } } }', {}, club)
    expect(roster.errors).toBeUndefined()
    const [event] = (await trail()).filter((e) => e.operation === 'roster')
    expect(event).toMatchObject({ actorRole: 'club', kind: 'READ', address: expect.stringMatching(/127\.0\.0\.1|::1/) })
    expect([...event!.childIds].sort()).toEqual([...enrolled].sort())
  })

  it('records every write with the children it named, and finds them by child', async () => {
    const child = enrolled[0]!
    const accepted = (await trail({ c: child })).filter((e) => e.operation === 'acceptOffer')
    expect(accepted).toHaveLength(1)
    expect(accepted[0]).toMatchObject({ kind: 'WRITE', actorRole: 'guardian', childIds: [child] })
  })

  it('records no reads without children, and no logins', async () => {
    await api.gql('{ activities { code } hobbyGroups { id } }')
    const operations = new Set((await trail()).map((e) => e.operation))
    for (const quiet of ['activities', 'hobbyGroups', 'login']) expect(operations.has(quiet)).toBe(false)
  })

  it('is for the administrators only, and only ever appended to', async () => {
    expectRefused(await api.gql(TRAIL, {}, club), 'auth/forbidden')
    const before = (await trail()).length
    await trail()
    expect((await trail()).length).toBe(before) // reading the trail names no child: it is not itself recorded
    expectRefused(await api.gql(TRAIL, { l: 5000 }, coordinator), 'input/invalid', ['limit'])
  })
})
