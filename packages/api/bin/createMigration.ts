/**
 * Writes the migration that brings each dialect's schema from its last migration to the entities:
 * `pnpm --filter @mukana/api migration` after changing an entity. For each of SQLite and PostgreSQL it
 * migrates an empty database, diffs it against the entities, writes src/db/migrations/<dialect>/<name>.ts
 * when they differ, and lists the folder's migrations in its index.ts.
 */
import 'reflect-metadata'
import { randomBytes } from 'node:crypto'
import { readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { openDatabase } from '../src/db/openDatabase.js'

const MIGRATIONS = fileURLToPath(new URL('../src/db/migrations/', import.meta.url))
const POSTGRES_URL = process.env.MUKANA_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test'

function writeIndex(dialect: string): void {
  const names = readdirSync(join(MIGRATIONS, dialect))
    .filter((f) => /^Migration\d+.*\.ts$/.test(f))
    .map((f) => f.replace(/\.ts$/, ''))
    .sort()
  const lines = [
    '// Written by `pnpm --filter @mukana/api migration`: every migration of this dialect, oldest first.',
    ...names.map((name) => `import { ${name} } from './${name}.js'`),
    '',
    `export const MIGRATIONS = [${names.map((name) => `{ name: '${name}', class: ${name} }`).join(', ')}]`,
    '',
  ]
  writeFileSync(join(MIGRATIONS, dialect, 'index.ts'), lines.join('\n'))
}

async function create(dialect: 'sqlite' | 'postgresql', open: () => ReturnType<typeof openDatabase>): Promise<void> {
  const orm = await open()
  try {
    const result = await orm.migrator.createMigration(join(MIGRATIONS, dialect))
    console.log(result.fileName ? `${dialect}: wrote ${result.fileName}` : `${dialect}: the schema is up to date`)
  } finally {
    await orm.close()
  }
  writeIndex(dialect)
}

const sqlitePath = join(tmpdir(), `mukana-migration-${randomBytes(4).toString('hex')}.sqlite`)
await create('sqlite', () => openDatabase({ sqlitePath }))
rmSync(sqlitePath, { force: true })

const database = `mukana_migration_${randomBytes(4).toString('hex')}`
const admin = await openDatabase({ databaseUrl: POSTGRES_URL, migrate: false })
await admin.em.getConnection().execute(`create database ${database}`)
try {
  await create('postgresql', () => openDatabase({ databaseUrl: POSTGRES_URL.replace(/\/[^/]*$/, `/${database}`) }))
} finally {
  await admin.em.getConnection().execute(`drop database if exists ${database}`)
  await admin.close()
}
