import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase, startApi, type Database, type RunningApi } from '@mukana/api'
import { freshDatabase, type TestDatabase } from './testDatabases'

const INTROSPECT = '{ __schema { queryType { name } } }'
const MISSPELT = '{ hobbyGroupz { id } }'

async function ask(api: RunningApi, query: string) {
  const response = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })
  return (await response.json()) as { data?: unknown; errors?: { message: string }[] }
}

describe.each([
  ['production', true],
  ['the demo', false],
])('the schema in %s', (_, production) => {
  let database: TestDatabase
  let orm: Database
  let api: RunningApi
  beforeAll(async () => {
    database = await freshDatabase('sqlite')
    orm = await openDatabase(database.options)
    api = await startApi(orm, { port: 0, tokenSecret: randomBytes(32).toString('hex'), production })
  })
  afterAll(async () => {
    await api.stop()
    await orm.close()
    await database.drop()
  })

  it(production ? 'is not handed out, and a misspelt field gets no suggestion' : 'is there to explore, with suggestions', async () => {
    const introspection = await ask(api, INTROSPECT)
    expect(introspection.errors === undefined).toBe(!production)
    const misspelt = (await ask(api, MISSPELT)).errors?.[0]?.message ?? ''
    expect(misspelt).toContain('hobbyGroupz')
    expect(misspelt.includes('Did you mean')).toBe(!production)
  })
})
