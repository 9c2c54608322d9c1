/** Test vocabulary: a real API over HTTP on a database of its own of each kind, filled with the Kontula demo data. */
import { randomBytes } from 'node:crypto'
import { expect } from 'vitest'
import { DEMO_PASSWORD, isReachable, openDatabase, startApi, type ApiOptions, type Database } from '@mukana/api'
import { freshDatabase, POSTGRES_URL, type DatabaseKind } from './testDatabases'

export type { DatabaseKind } from './testDatabases'

/** SQLite always; PostgreSQL where it answers, and in CI it must. */
export async function databaseKinds(): Promise<DatabaseKind[]> {
  if (await isReachable(POSTGRES_URL)) return ['sqlite', 'postgresql']
  if (process.env.CI) throw new Error(`CI must test on PostgreSQL too, but ${POSTGRES_URL} does not answer`)
  return ['sqlite']
}

export interface GraphQLResponse {
  data?: Record<string, any> | null // eslint-disable-line @typescript-eslint/no-explicit-any -- responses are checked field by field
  errors?: { message: string; extensions?: { code?: string; issues?: { field: string; message: string }[] } }[]
}

export interface TestApi {
  kind: DatabaseKind
  url: string
  origin: string
  orm: Database
  /** SQL statements run since the last reset. */
  queries: string[]
  gql(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse>
  /** Logs a demo account in and returns its token. */
  login(email: string): Promise<string>
  close(): Promise<void>
}

export async function startTestApi(kind: DatabaseKind, options: Partial<ApiOptions> = {}): Promise<TestApi> {
  const queries: string[] = []
  const database = await freshDatabase(kind)
  const orm = await openDatabase({ ...database.options, onQuery: (sql) => queries.push(sql) })
  // Every test request comes from one address: the rate limit is raised unless a test sets its own.
  const api = await startApi(orm, { port: 0, tokenSecret: randomBytes(32).toString('hex'), requestsPerMinute: 100_000, ...options })
  const gql = async (query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse> => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    })
    return (await response.json()) as GraphQLResponse
  }
  return {
    kind,
    url: api.url,
    origin: api.origin,
    orm,
    queries,
    gql,
    async login(email) {
      const { data, errors } = await gql('mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }', {
        email,
        password: DEMO_PASSWORD,
      })
      expect(errors).toBeUndefined()
      return data?.login.token as string
    },
    async close() {
      await api.stop()
      await orm.close()
      await database.drop()
    },
  }
}

/** Expects the response to be refused with this code (and, for bad input, these fields). */
export function expectRefused(response: GraphQLResponse, code: string, fields?: string[]): void {
  expect(
    response.errors?.map((e) => e.extensions?.code),
    JSON.stringify(response.errors),
  ).toEqual([code])
  if (fields) expect(response.errors?.[0].extensions?.issues?.map((issue) => issue.field)).toEqual(fields)
}
