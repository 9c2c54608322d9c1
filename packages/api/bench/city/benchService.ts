import { randomBytes } from 'node:crypto'
import { rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DEMO_PASSWORD, openDatabase, startApi, type Database } from '@mukana/api'

/** A GraphQL answer as the benchmarks read it. */
export interface Answer {
  data?: any // eslint-disable-line @typescript-eslint/no-explicit-any -- the benchmarks read a few fields
  errors?: { extensions?: { code?: string } }[]
}

export interface BenchService {
  orm: Database
  gql(query: string, variables: Record<string, unknown>, token?: string): Promise<Answer>
  /** A session token for the account (its password is the demo password). */
  login(email: string): Promise<string>
  close(): Promise<void>
}

/**
 * A database of its own (a fresh SQLite file, or a schema of its own on PostgreSQL) with the API on
 * it, over real HTTP. The load comes from one address: neither the request rate nor the login
 * throttle may hold it up.
 */
export async function openBenchService(kind: 'sqlite' | 'postgresql', postgresUrl: string): Promise<BenchService> {
  const name = `bench_${randomBytes(4).toString('hex')}`
  const sqlitePath = join(tmpdir(), `${name}.sqlite`)
  const orm = await openDatabase(kind === 'postgresql' ? { databaseUrl: postgresUrl, schema: name } : { sqlitePath })
  const api = await startApi(orm, {
    port: 0,
    tokenSecret: randomBytes(32).toString('hex'),
    requestsPerMinute: 1_000_000,
    loginLimits: { perAccount: 10, perAddress: 1_000_000, windowMinutes: 15 },
  })
  const gql = async (query: string, variables: Record<string, unknown>, token?: string): Promise<Answer> => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    })
    return (await response.json()) as Answer
  }
  return {
    orm,
    gql,
    login: async (email) =>
      (await gql('mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: email, p: DEMO_PASSWORD })).data.login
        .token as string,
    close: async () => {
      await api.stop()
      if (kind === 'postgresql') await orm.em.getConnection().execute(`drop schema if exists "${name}" cascade`)
      await orm.close()
      rmSync(sqlitePath, { force: true })
    },
  }
}
