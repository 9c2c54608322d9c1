import { randomBytes } from 'node:crypto'
import { rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openDatabase, type Database, type DatabaseOptions } from '@mukana/api'
import { AreaEntity } from '../src/modules/people/area/area.entity'
import { databaseKinds, type DatabaseKind } from './testApi'

const POSTGRES_URL = process.env.MUKANA_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test'

describe.each(await databaseKinds())('migrations on %s', (kind: DatabaseKind) => {
  const opened: Database[] = []
  const cleanups: (() => Promise<void> | void)[] = []

  /** A fresh, empty database of this kind; `reopen` opens the same one again. */
  function freshDatabase(): { options: DatabaseOptions; open(extra?: Partial<DatabaseOptions>): Promise<Database> } {
    const name = `m_${randomBytes(6).toString('hex')}`
    const options: DatabaseOptions = kind === 'postgresql' ? { databaseUrl: POSTGRES_URL, schema: name } : { sqlitePath: join(tmpdir(), `mukana-${name}.sqlite`) }
    cleanups.push(async () => {
      if (kind === 'sqlite') rmSync(options.sqlitePath!, { force: true })
      else {
        const admin = await openDatabase({ databaseUrl: POSTGRES_URL, migrate: false })
        await admin.em.getConnection().execute(`drop schema if exists "${name}" cascade`)
        await admin.close()
      }
    })
    return {
      options,
      async open(extra = {}) {
        const orm = await openDatabase({ ...options, ...extra })
        opened.push(orm)
        return orm
      },
    }
  }

  afterAll(async () => {
    for (const orm of opened) await orm.close()
    for (const cleanup of cleanups) await cleanup()
  })

  it('creates an empty database by its migrations, and they leave nothing of the entities out', async () => {
    const orm = await freshDatabase().open()
    const executed = (await orm.migrator.getExecutedMigrations()).map((m) => m.name)
    expect(executed.length).toBeGreaterThan(0)
    expect(await orm.migrator.getPendingMigrations()).toEqual([])
    // If an entity changed without a migration, this says so: run `pnpm --filter @mukana/api migration`.
    expect(await orm.migrator.checkMigrationNeeded()).toBe(false)
  })

  it('opens a migrated database again without migrating twice, and keeps its data', async () => {
    const database = freshDatabase()
    const first = await database.open()
    await first.em.fork().insert(AreaEntity, { name: 'Kontula' })
    await first.close()
    opened.splice(opened.indexOf(first), 1)
    const again = await database.open()
    expect(await again.em.fork().count(AreaEntity)).toBe(1)
  })

  it('adopts a database whose tables were written from the entities before there were migrations', async () => {
    const database = freshDatabase()
    // As the first builds left it: the first migration's tables, with no record of any migration.
    const old = await database.open({ migrate: false })
    const [first] = await old.migrator.getPendingMigrations()
    await old.migrator.up({ to: first!.name })
    await old.migrator.getStorage().unlogMigration({ name: first!.name, context: null })
    await old.em.fork().insert(AreaEntity, { name: 'Mellunmäki' })
    await old.close()
    opened.splice(opened.indexOf(old), 1)
    const adopted = await database.open()
    expect(await adopted.migrator.getPendingMigrations()).toEqual([])
    expect(await adopted.em.fork().count(AreaEntity)).toBe(1)
  })
})
