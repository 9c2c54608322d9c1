import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApi, type TestApi } from './testApi'

/** The raw HTTP answer: status and body (the test vocabulary's gql reads only the body). */
async function post(api: TestApi, query: string, variables?: Record<string, unknown>, operationName?: string) {
  const response = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables, operationName }),
  })
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { message: string }[] } }
}

describe('limits on one request', () => {
  let api: TestApi
  beforeAll(async () => {
    api = await startTestApi('sqlite')
  })
  afterAll(() => api.close())

  it('refuses many aliases of one field at once (each demoAccounts is password work) with 400, before running any', async () => {
    const started = performance.now()
    const { status, body } = await post(api, `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: demoAccounts { email }`).join(' ')} }`)
    expect(status).toBe(400)
    expect(body.errors?.[0]?.message).toMatch(/Too many aliases|tokens/)
    expect(performance.now() - started).toBeLessThan(5_000) // it ran no resolver: argon2 a thousand times takes ~50 s
  })

  it('refuses 21 aliases but answers 20', async () => {
    const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: activities { code }`).join(' ')} }`
    expect((await post(api, aliased(20))).status).toBe(200)
    const over = await post(api, aliased(21))
    expect(over.status).toBe(400)
    expect(over.body.errors?.[0]?.message).toContain('Too many aliases')
  })

  it('refuses a query nested deeper than the app ever asks', async () => {
    // A group's clashes name other groups, which have clashes: a path that nests without end.
    const nest = (levels: number): string => (levels === 0 ? 'id' : `id clashesIn(classId: "1") { activity { ${nest(levels - 1)} } }`)
    const shallow = await post(api, `{ hobbyGroups { ${nest(2)} } }`)
    expect(shallow.status).toBe(200) // let through to the resolvers (which ask for a login)
    const deep = await post(api, `{ hobbyGroups { ${nest(6)} } }`)
    expect(deep.status).toBe(400)
    expect(deep.body.errors?.[0]?.message).toMatch(/depth/i)
  })

  it('refuses a document of more tokens than any real request has', async () => {
    const { status, body } = await post(api, `{ activities { ${'code '.repeat(6000)} } }`)
    expect(status).toBe(400)
    expect(body.errors?.[0]?.message).toMatch(/token/i)
  })

  it('refuses a query whose nested lists multiply past the cost limit, saying its cost', async () => {
    // Every group's clashes with every group's clashes…: cheap to write, costly to answer.
    const groups = (alias: string) =>
      `${alias}: hobbyGroups { id sessions { day start } clashesIn(classId: "1") { session { day } activity { id clashesIn(classId: "1") { activity { id sessions { day start end } } } } } }`
    const { status, body } = await post(
      api,
      `{ ${Array.from({ length: 10 }, (_, i) => `a${i}: hobbyGroups { id name sessions { day start end } }`).join(' ')} }`,
    )
    expect(status).toBe(200)
    expect(body.errors).toBeUndefined()
    const costly = await post(api, `{ ${Array.from({ length: 6 }, (_, i) => groups(`g${i}`)).join(' ')} }`)
    expect(costly.status).toBe(400)
    expect(costly.body.errors?.[0]?.message).toMatch(/too costly: \d+, at most 10000/)
  })

  it('runs at most one password check per request, and a few area-wide computations', async () => {
    const login = (alias: string) => `${alias}: login(email: "nobody@mukana.test", password: "x") { token }`
    const once = await post(api, `mutation { ${login('a')} }`)
    expect(once.status).toBe(200)
    const twice = await post(api, `mutation { ${login('a')} ${login('b')} }`)
    expect(twice.status).toBe(400)
    expect(twice.body.errors?.[0]?.message).toMatch(/too costly/)
    expect((await post(api, '{ a: demoAccounts { email } b: demoAccounts { email } }')).status).toBe(400)
    const indicators = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `c${i}: cultureIndicators { cohorts { registered } }`).join(' ')} }`
    expect((await post(api, indicators(9))).status).toBe(200) // let through to the resolvers (which ask for a coordinator)
    expect((await post(api, indicators(10))).status).toBe(400)
  })

  it('costs the same document again by what its variables and operation name ask, not by what an earlier request asked', async () => {
    const groups = (alias: string) =>
      `${alias}: hobbyGroups { id clashesIn(classId: "1") { activity { id clashesIn(classId: "1") { activity { id sessions { day start end } } } } } }`
    const costly = Array.from({ length: 6 }, (_, i) => groups(`g${i}`)).join(' ')
    // The costly part only when asked for: the first answer must not stand for the second.
    const optional = `query Groups($deep: Boolean!) { hobbyGroups { id } ... @include(if: $deep) { ${costly} } }`
    for (let round = 0; round < 2; round++) {
      expect((await post(api, optional, { deep: false })).status).toBe(200)
      expect((await post(api, optional, { deep: true })).status).toBe(400)
    }
    // Two operations in one document: each named one is costed as itself.
    const two = `query Cheap { hobbyGroups { id } } query Costly { ${costly} }`
    for (let round = 0; round < 2; round++) {
      expect((await post(api, two, {}, 'Cheap')).status).toBe(200)
      expect((await post(api, two, {}, 'Costly')).status).toBe(400)
    }
    // The same costly document twice: refused both times.
    expect((await post(api, `{ ${costly} }`)).status).toBe(400)
    expect((await post(api, `{ ${costly} }`)).status).toBe(400)
  })
})
