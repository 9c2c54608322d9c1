/**
 * No seat is given twice when the API runs as several processes on one PostgreSQL: the service started
 * with MUKANA_WORKERS=2 (Node's cluster) and a third process beside it, as behind a load balancer, all
 * taking the same seats at once.
 */
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ChildEntity } from '../src/modules/people/child/child.entity'
import { SchoolClassEntity } from '../src/modules/people/schoolClass/schoolClass.entity'
import { newAccount, UserEntity } from '../src/modules/people/user/user.entity'
import { Tokens } from '../src/modules/people/user/tokens'
import { insertGroup, seatCount } from './flows'
import { databaseKinds, startTestApi, type GraphQLResponse, type TestApi } from './testApi'
import { startApiProcess, stopApiProcesses, type ApiProcess } from './apiProcess'

const ENROL = 'mutation ($childId: ID!, $groupId: ID!) { enrol(childId: $childId, groupId: $groupId) { id } }'
const kinds = (await databaseKinds()).filter((kind) => kind === 'postgresql')

describe.each(kinds)('simultaneous enrolments across API processes on %s', (kind) => {
  let api: TestApi
  const processes: ApiProcess[] = []
  let families: { childId: number; token: string }[]

  /** Each request to the next service in turn. */
  const send = (i: number, body: Record<string, unknown>, token: string): Promise<GraphQLResponse> =>
    fetch(processes[i % processes.length].url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    }).then((response) => response.json() as Promise<GraphQLResponse>)

  beforeAll(async () => {
    api = await startTestApi(kind)
    const em = api.orm.em.fork()
    const schoolClass = await em.findOneOrFail(SchoolClassEntity, { id: 1 })
    const pairs = Array.from({ length: 300 }, (_, i) => {
      const guardian = em.create(UserEntity, newAccount({ email: `family${i}@processes.test`, name: `Family ${i}`, role: 'guardian' }))
      const child = em.create(ChildEntity, { firstName: `Child${i}`, lastName: 'Rush', gender: 'girl', homeLanguages: ['fi'], schoolClass })
      child.guardians.add(guardian)
      return { guardian, child }
    })
    await em.flush()
    const secret = randomBytes(32).toString('hex')
    const tokens = new Tokens(secret)
    families = pairs.map(({ guardian, child }) => ({ childId: child.id, token: tokens.sign(guardian.id) }))
    const env = { DATABASE_URL: api.orm.config.get('clientUrl')!, MUKANA_TOKEN_SECRET: secret, MUKANA_REQUESTS_PER_MINUTE: '100000', PORT: '0' }
    processes.push(...(await Promise.all([startApiProcess({ ...env, MUKANA_WORKERS: '2' }), startApiProcess(env)])))
  }, 60_000)
  afterAll(async () => {
    await stopApiProcesses(processes)
    await api?.close()
  })

  it('started two processes from MUKANA_WORKERS=2, beside a third, each serving the built web app too', async () => {
    expect(processes[0].output.join('')).toMatch(/2 API processes; GraphQL on/)
    expect(processes[1].url).not.toBe(processes[0].url)
    for (const { url } of processes) {
      const page = await fetch(url.replace(/\/graphql$/, '/'))
      expect(page.headers.get('content-type')).toMatch(/^text\/html/)
      expect(await page.text()).toContain('<div id="app">')
    }
  })

  it('never overbooks: 300 families at once through three processes for 20 seats give exactly 20 enrolments', async () => {
    const groupId = await insertGroup(api, 'Popular across processes', { capacity: 20 })
    const responses = await Promise.all(
      families.map((family, i) => send(i, { query: ENROL, variables: { childId: String(family.childId), groupId: String(groupId) } }, family.token)),
    )
    const codes = responses.map((response) => response.errors?.[0]?.extensions?.code ?? 'ok')
    expect(codes.filter((code) => code === 'ok')).toHaveLength(20)
    expect(codes.filter((code) => code === 'enrolment/group_full')).toHaveLength(280)
    expect(await seatCount(api, groupId)).toEqual([20, 20])
  })

  it('enrols a child once when the same family asks every process at the same moment', async () => {
    const groupId = await insertGroup(api, 'Asked twice', { capacity: 10 })
    const [family] = families.slice(-1)
    const body = { query: ENROL, variables: { childId: String(family.childId), groupId: String(groupId) } }
    const responses = await Promise.all(Array.from({ length: 12 }, (_, i) => send(i, body, family.token)))
    const codes = responses.map((response) => response.errors?.[0]?.extensions?.code ?? 'ok')
    expect(codes.filter((code) => code === 'ok')).toHaveLength(1)
    expect(codes.filter((code) => code === 'enrolment/already_enrolled')).toHaveLength(11)
    expect(await seatCount(api, groupId)).toEqual([1, 1])
  })
})
