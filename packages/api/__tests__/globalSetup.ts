/** Once per test run: the seeded template databases that every spec copies (testDatabases.ts). */
import 'reflect-metadata'
import { randomBytes } from 'node:crypto'
import { rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { isReachable, openDatabase, seedKontula, type DatabaseOptions } from '@mukana/api'
import { onPostgresServer, POSTGRES_URL, postgresUrlOf } from './testDatabases'

async function seeded(options: DatabaseOptions): Promise<void> {
  const orm = await openDatabase(options)
  try {
    await seedKontula(orm.em.fork())
  } finally {
    await orm.close()
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const run = randomBytes(4).toString('hex')
  const sqlitePath = join(tmpdir(), `mukana-template-${run}.sqlite`)
  await seeded({ sqlitePath })
  let postgresDatabase: string | null = null
  if (await isReachable(POSTGRES_URL)) {
    postgresDatabase = `mukana_template_${run}`
    await onPostgresServer(`create database "${postgresDatabase}"`)
    await seeded({ databaseUrl: postgresUrlOf(postgresDatabase) })
  }
  project.provide('templates', { sqlitePath, postgresDatabase })
  return async () => {
    rmSync(sqlitePath, { force: true })
    if (postgresDatabase) await onPostgresServer(`drop database if exists "${postgresDatabase}" with (force)`)
  }
}
