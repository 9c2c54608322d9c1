/**
 * Test databases: every spec gets a database of its own, copied from a template that the global set-up
 * migrated and seeded once per run (a copied SQLite file; a PostgreSQL `create database … template`).
 * Separate PostgreSQL databases, not schemas, so that one spec's schema work never sees another's.
 */
import { randomBytes } from 'node:crypto'
import { copyFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, inject } from 'vitest'
import { openDatabase, type Database, type DatabaseOptions } from '@mukana/api'

export type DatabaseKind = 'sqlite' | 'postgresql'

export const POSTGRES_URL = process.env.MUKANA_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test'

/** What the global set-up made: the seeded templates (the PostgreSQL one only where it answers). */
export interface Templates {
  sqlitePath: string
  postgresDatabase: string | null
}

declare module 'vitest' {
  export interface ProvidedContext {
    templates: Templates
  }
}

/** The URL of another database on the test server. */
export function postgresUrlOf(database: string): string {
  return POSTGRES_URL.replace(/\/[^/]*$/, `/${database}`)
}

/** Runs one statement on the test server's default database (creating and dropping databases). */
export async function onPostgresServer(sql: string): Promise<void> {
  const admin = await openDatabase({ databaseUrl: POSTGRES_URL, migrate: false })
  try {
    await admin.em.getConnection().execute(sql)
  } finally {
    await admin.close()
  }
}

export interface TestDatabase {
  options: DatabaseOptions
  drop(): Promise<void>
}

/** A database of its own: a copy of the seeded template, or (`empty`) a new empty one. */
export async function freshDatabase(kind: DatabaseKind, { empty = false } = {}): Promise<TestDatabase> {
  const name = `t_${randomBytes(6).toString('hex')}`
  if (kind === 'sqlite') {
    const sqlitePath = join(tmpdir(), `mukana-${name}.sqlite`)
    if (!empty) copyFileSync(inject('templates').sqlitePath, sqlitePath)
    return { options: { sqlitePath }, drop: async () => rmSync(sqlitePath, { force: true }) }
  }
  const template = inject('templates').postgresDatabase
  if (!template) throw new Error('PostgreSQL was not reachable when the tests started')
  await onPostgresServer(`create database "${name}"${empty ? '' : ` template "${template}" strategy file_copy`}`)
  return { options: { databaseUrl: postgresUrlOf(name) }, drop: () => onPostgresServer(`drop database if exists "${name}" with (force)`) }
}

/** For a describe block: a seeded database of its own, opened before its tests and dropped after them. */
export function openedDatabase(kind: DatabaseKind): () => Database {
  let database: TestDatabase
  let orm: Database
  beforeAll(async () => {
    database = await freshDatabase(kind)
    orm = await openDatabase(database.options)
  })
  afterAll(async () => {
    await orm.close()
    await database.drop()
  })
  return () => orm
}
