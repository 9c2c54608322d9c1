/**
 * The GDPR API over real HTTP on both databases, in the style of the city's GDPR API tester: the tester
 * is the token issuer (its keys published over HTTP), and calls the API for one person with the query
 * or the delete scope.
 */
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '@mukana/api'
import { ChildEntity } from '../src/modules/people/child/child.entity'
import { UserEntity } from '../src/modules/people/user/user.entity'
import { SurveyAnswerEntity } from '../src/modules/hobby/survey/surveyAnswer.entity'
import { identityProvider, ISSUER } from './identityProvider'
import { databaseKinds, startTestApi, type TestApi } from './testApi'

const AUDIENCE = 'https://api.hel.fi/auth/mukana'
const FIELD = 'https://api.hel.fi/auth'
const QUERY = 'mukana.gdprquery'
const DELETE = 'mukana.gdprdelete'

interface Node {
  key: string
  value?: string
  children?: Node[]
}
const find = (node: Node, key: string): Node[] => [...(node.key === key ? [node] : []), ...(node.children ?? []).flatMap((child) => find(child, key))]

describe.each(await databaseKinds())('the GDPR API on %s', (kind) => {
  let api: TestApi
  let tester: Awaited<ReturnType<typeof identityProvider>>
  const person: string = randomUUID()
  const url = (uuid: string = person, query = '') => `${api.origin}/gdpr-api/v1/user/${uuid}${query}`
  const token = (scopes: string[], sub: string = person, claims: Record<string, unknown> = {}) =>
    tester.sign({ sub, [FIELD]: scopes, ...claims }, { audience: AUDIENCE })
  const call = async (method: 'GET' | 'DELETE', bearer?: string, uuid: string = person, query = '') => {
    const response = await fetch(url(uuid, query), { method, headers: bearer ? { authorization: `Bearer ${bearer}` } : {} })
    const text = await response.text()
    return { status: response.status, body: text ? JSON.parse(text) : null }
  }

  beforeAll(async () => {
    tester = await identityProvider()
    api = await startTestApi(kind, {
      gdpr: { issuer: ISSUER, jwksUrl: tester.jwksUrl, audience: AUDIENCE, authorizationField: FIELD, queryScope: QUERY, deleteScope: DELETE },
    })
    // The guardian has signed in with the city's login, which recorded their id there.
    await api.orm.em.fork().nativeUpdate(UserEntity, { email: 'guardian@mukana.test' }, { subject: person })
  })
  afterAll(async () => {
    await api.close()
    tester.close()
  })

  it('refuses a missing, forged, expired or foreign token with 401, a wrong scope or person with 403, a malformed id with 400', async () => {
    expect((await call('GET')).status).toBe(401)
    expect((await call('GET', await tester.sign({ sub: person, [FIELD]: [QUERY] }, { audience: AUDIENCE, key: tester.strangerKey }))).status).toBe(401)
    expect((await call('GET', await tester.sign({ sub: person, [FIELD]: [QUERY] }, { audience: AUDIENCE, expires: '-1m' }))).status).toBe(401)
    expect((await call('GET', await tester.sign({ sub: person, [FIELD]: [QUERY] }, { audience: 'another-service' }))).status).toBe(401)
    expect((await call('GET', await token([DELETE]))).status).toBe(403)
    expect((await call('DELETE', await token([QUERY]))).status).toBe(403)
    expect((await call('GET', await token([QUERY], randomUUID()))).status).toBe(403)
    expect((await call('GET', await token([QUERY], 'not-a-uuid'), 'not-a-uuid')).status).toBe(400)
  })

  it('answers 204 for a person it does not know, to a query and a delete alike', async () => {
    const stranger = randomUUID()
    expect(await call('GET', await token([QUERY], stranger), stranger)).toEqual({ status: 204, body: null })
    expect(await call('DELETE', await token([DELETE], stranger), stranger)).toEqual({ status: 204, body: null })
  })

  it("gives the guardian's data and their children's as a key/value tree", async () => {
    const { status, body } = await call('GET', await token([QUERY]))
    expect(status).toBe(200)
    expect(body.key).toBe('GUARDIAN')
    expect(find(body, 'EMAIL')[0]?.value).toBe('guardian@mukana.test')
    const names = find(body, 'FIRST_NAME').map((node) => node.value)
    expect(names).toContain('Aino')
    expect(find(body, 'CHILD').length).toBeGreaterThanOrEqual(2)
    for (const node of find(body, 'CHILD')) expect(node.children?.length).toBeGreaterThan(0)
  })

  it('reads scopes from a Keycloak-style authorization claim too', async () => {
    const keycloak = await tester.sign({ sub: person, [FIELD]: { permissions: [{ scopes: [QUERY] }] } }, { audience: AUDIENCE })
    expect((await call('GET', keycloak)).status).toBe(200)
  })

  it('refuses erasure with reasons in fi, sv and en while a child holds a seat, the same with dry_run, and changes nothing', async () => {
    const guardian = await api.login('guardian@mukana.test')
    const children = (await api.gql('{ myChildren { id firstName joinableGroups { id } } }', {}, guardian)).data?.myChildren
    const aino = children.find((child: { firstName: string }) => child.firstName === 'Aino')
    const enrolled = await api.gql(
      'mutation ($g: ID!, $c: ID!) { enrol(groupId: $g, childId: $c) { id } }',
      { g: aino.joinableGroups[0].id, c: aino.id },
      guardian,
    )
    expect(enrolled.errors).toBeUndefined()

    const dry = await call('DELETE', await token([DELETE]), person, '?dry_run=true')
    const real = await call('DELETE', await token([DELETE]))
    for (const verdict of [dry, real]) {
      expect(verdict.status).toBe(403)
      expect(verdict.body.errors).toEqual([{ code: 'HOBBY_ONGOING', message: { fi: expect.any(String), sv: expect.any(String), en: expect.any(String) } }])
    }
    expect((await call('GET', await token([QUERY]))).status).toBe(200)
    expect(find((await call('GET', await token([QUERY]))).body, 'ENROLMENT')).toHaveLength(1)

    const withdrawn = await api.gql('mutation ($e: ID!) { withdrawEnrolment(enrolmentId: $e) { id } }', { e: enrolled.data?.enrol.id }, guardian)
    expect(withdrawn.errors).toBeUndefined()
  })

  it('erases: a dry run allows it and changes nothing; then names are gone, the counts stay, the account is gone', async () => {
    const em = api.orm.em.fork()
    const user = await em.findOneOrFail(UserEntity, { subject: person })
    const children = await em.find(ChildEntity, { guardians: user.id })
    const answersBefore = await em.count(SurveyAnswerEntity, {})

    expect(await call('DELETE', await token([DELETE]), person, '?dry_run=true')).toEqual({ status: 204, body: null })
    expect((await call('GET', await token([QUERY]))).status).toBe(200)

    expect(await call('DELETE', await token([DELETE]))).toEqual({ status: 204, body: null })
    expect(await call('GET', await token([QUERY]))).toEqual({ status: 204, body: null })
    const after = api.orm.em.fork()
    expect(await after.findOne(UserEntity, { subject: person })).toBeNull()
    const remaining = await after.find(ChildEntity, { id: { $in: children.map((c) => c.id) } }, { populate: ['guardians'] })
    expect(remaining).toHaveLength(children.length)
    expect(remaining.filter((child) => child.guardians.length === 0).length).toBeGreaterThan(0)
    for (const child of remaining) {
      const before = children.find((c) => c.id === child.id)!
      if (child.guardians.length === 0) {
        expect(child.firstName).toBe('–')
        expect(child.lastName).toBeNull()
        expect(child.gender).toBe(before.gender) // kept, nameless, for the indicators
      } else {
        expect(child.firstName).toBe(before.firstName) // another guardian still has this child
      }
    }
    expect(await after.count(SurveyAnswerEntity, {})).toBe(answersBefore)
    const login = await api.gql('mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
      e: 'guardian@mukana.test',
      p: DEMO_PASSWORD,
    })
    expect(login.errors?.[0]?.extensions?.code).toBe('auth/invalid_credentials')
  })
})
