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
  async function freshDatabase(empty = true): Promise<{ options: DatabaseOptions; open(extra?: Partial<DatabaseOptions>): Promise<Database> }> {
    const { options, drop } = await newDatabase(kind, { empty })
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

  it('marks the runs published before the telling job as told: they told their families when published', async () => {
    const database = await freshDatabase(false)
    // The demo's database as it stood before the telling job: its migration undone by hand and unlogged.
    const old = await database.open()
    const migration = (await old.migrator.getExecutedMigrations()).map((m) => m.name).find((name) => name >= 'Migration20261202100713')!
    const connection = old.em.getConnection()
    await connection.execute('alter table match_run drop column offers_told_at')
    await old.migrator.getStorage().unlogMigration({ name: migration, context: null })
    // Two runs as they stood then, one published.
    await connection.execute('delete from match_run where id not in (select run_id from offer union select run_id from choice_refusal)')
    await connection.execute(
      "insert into survey (id, area_id, grade, term, opens_at, closes_at) select 1001, min(id), 3, '2026-autumn', '2026-11-01 08:00:00', '2026-11-15 16:00:00' from area",
    )
    const survey = { id: 1001 }
    const [user] = await connection.execute('select min(id) as id from app_user')
    for (const [id, published] of [
      [1001, "'2026-11-30 12:00:00'"],
      [1002, 'null'],
    ])
      await connection.execute(
        `insert into match_run (id, survey_id, mechanism, seed, max_placements, instance, result, created_by_id, created_at, published_at)
         values (${id}, ${survey.id}, 'da', 1, 1, '{}', '{}', ${user.id}, '2026-11-30 11:00:00', ${published})`,
      )
    await old.close()
    opened.splice(opened.indexOf(old), 1)
    const migrated = await database.open()
    const runs = await migrated.em
      .getConnection()
      .execute('select id, published_at is not null as published, offers_told_at is not null as told from match_run where id > 1000 order by id')
    expect(runs.map((run: { published: unknown; told: unknown }) => [Boolean(run.published), Boolean(run.told)])).toEqual([
      [true, true],
      [false, false],
    ])
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
