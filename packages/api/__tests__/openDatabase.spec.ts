import { afterAll, describe, expect, it } from 'vitest'
import { openDatabase, type Database, type DatabaseOptions } from '@mukana/api'
import { AreaEntity } from '../src/modules/people/area/area.entity'
import { ActivityEntity } from '../src/modules/hobby/activity/activity.entity'
import { CATALOGUE } from '../src/modules/hobby/activity/catalogue'
import { databaseKinds, type DatabaseKind } from './testApi'
import { freshDatabase as newDatabase } from './testDatabases'

describe.each(await databaseKinds())('migrations on %s', (kind: DatabaseKind) => {
  const opened: Database[] = []
  const cleanups: (() => Promise<void> | void)[] = []

  /** A fresh, empty database of this kind; `open` opens it (again). */
  async function freshDatabase(): Promise<{ options: DatabaseOptions; open(extra?: Partial<DatabaseOptions>): Promise<Database> }> {
    const { options, drop } = await newDatabase(kind, { empty: true })
    cleanups.push(drop)
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
    const orm = await (await freshDatabase()).open()
    const executed = (await orm.migrator.getExecutedMigrations()).map((m) => m.name)
    expect(executed.length).toBeGreaterThan(0)
    expect(await orm.migrator.getPendingMigrations()).toEqual([])
    // If an entity changed without a migration, this says so: run `pnpm --filter @mukana/api migration`.
    expect(await orm.migrator.checkMigrationNeeded()).toBe(false)
    // A city's empty database has the activity catalogue from the start: clubs can publish groups.
    expect((await orm.em.fork().find(ActivityEntity, {})).map((a) => a.code).sort()).toEqual(CATALOGUE.map(([code]) => code).sort())
  })

  it("keeps a run's megabytes of JSON and the messages' parameters as text (json; on PostgreSQL not parsed into jsonb)", async () => {
    const orm = await (await freshDatabase()).open()
    const columns = (table: string) =>
      kind === 'postgresql'
        ? `select attname as name, format_type(atttypid, atttypmod) as type from pg_attribute where attrelid = '${table}'::regclass`
        : `select name, type from pragma_table_info('${table}')`
    const types = async (table: string, names: string[]) =>
      orm.em.getConnection().execute(`select name, type from (${columns(table)}) as c where name in (${names.map((n) => `'${n}'`).join(', ')}) order by name`)
    expect(await types('match_run', ['instance', 'result'])).toEqual([
      { name: 'instance', type: 'json' },
      { name: 'result', type: 'json' },
    ])
    expect(await types('message', ['params'])).toEqual([{ name: 'params', type: 'json' }])
  })

  it('opens a migrated database again without migrating twice, and keeps its data', async () => {
    const database = await freshDatabase()
    const first = await database.open()
    await first.em.fork().insert(AreaEntity, { name: 'Kontula' })
    await first.close()
    opened.splice(opened.indexOf(first), 1)
    const again = await database.open()
    expect(await again.em.fork().count(AreaEntity)).toBe(1)
  })

  it('adopts a database whose tables were written from the entities before there were migrations', async () => {
    const database = await freshDatabase()
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
