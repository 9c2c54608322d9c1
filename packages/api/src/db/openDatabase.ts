import { MikroORM as LibSqlOrm } from '@mikro-orm/libsql'
import { MikroORM as PostgreSqlOrm } from '@mikro-orm/postgresql'
import { fileURLToPath } from 'node:url'
import type { MikroORM } from '@mikro-orm/core'
import { Migrator } from '@mikro-orm/migrations'
import { ENTITIES } from '../modules/index.js'
import { MIGRATIONS as SQLITE_MIGRATIONS } from './migrations/sqlite/index.js'
import { MIGRATIONS as POSTGRESQL_MIGRATIONS } from './migrations/postgresql/index.js'

export interface DatabaseOptions {
  /** `postgres://…` for PostgreSQL; otherwise SQLite at `sqlitePath` (":memory:" for a throw-away one). */
  databaseUrl?: string
  sqlitePath?: string
  /** PostgreSQL schema to use (tests give each run its own). */
  schema?: string
  /** Called with each SQL statement (tests count queries with it). */
  onQuery?: (sql: string) => void
  /** PostgreSQL connections this process keeps (default 10). */
  pool?: number
  /** Bring the schema up to date with the migrations (the default), or leave it as it is. */
  migrate?: boolean
}

export type Database = MikroORM

/** Each dialect's migrations, listed in code (not found on disk) so that they run the same under tsx, vitest and a build. */
function migrations(dialect: 'sqlite' | 'postgresql', list: { name: string; class: unknown }[]) {
  return {
    path: fileURLToPath(new URL(`./migrations/${dialect}`, import.meta.url)),
    migrationsList: list as never,
    snapshot: false,
    silent: true,
    emit: 'ts' as const,
    // All pending migrations in one transaction: a failure leaves the schema as it was.
    allOrNothing: true,
  }
}

/** Opens SQLite (the embedded default) or PostgreSQL, and brings its schema up to date with the migrations. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const logging = options.onQuery ? { debug: ['query' as const], logger: (message: string) => options.onQuery?.(message) } : { debug: false }
  const orm = options.databaseUrl?.startsWith('postgres')
    ? await PostgreSqlOrm.init({
        clientUrl: options.databaseUrl,
        schema: options.schema,
        entities: ENTITIES,
        extensions: [Migrator],
        migrations: migrations('postgresql', POSTGRESQL_MIGRATIONS),
        // A schema of its own (tests): the migrations' unqualified tables go there too.
        pool: { min: 0, max: options.pool ?? 10, ...(options.schema ? { afterCreate: searchPath(options.schema) } : {}) },
        ...logging,
      })
    : await LibSqlOrm.init({
        dbName: options.sqlitePath ?? 'mukana.sqlite',
        entities: ENTITIES,
        extensions: [Migrator],
        migrations: migrations('sqlite', SQLITE_MIGRATIONS),
        ...logging,
      })
  if (options.schema) await orm.em.getConnection().execute(`create schema if not exists "${options.schema}"`)
  if (options.migrate !== false) await migrate(orm, options.databaseUrl?.startsWith('postgres') ? 'postgresql' : 'sqlite')
  return orm
}

/**
 * Brings the schema up to date. On SQLite the migrations run with foreign keys off, as SQLite's own
 * procedure for rebuilding a table asks (a table dropped with them on would take its references' rows
 * with it); every reference is checked once they are back on.
 */
async function migrate(orm: Database, dialect: 'sqlite' | 'postgresql'): Promise<void> {
  await adoptUnmigrated(orm)
  if (dialect === 'postgresql' || (await orm.migrator.getPendingMigrations()).length === 0) return void (await orm.migrator.up())
  const connection = orm.em.getConnection()
  await connection.execute('pragma foreign_keys = off')
  try {
    await orm.migrator.up()
  } finally {
    await connection.execute('pragma foreign_keys = on')
  }
  const broken = await connection.execute('pragma foreign_key_check')
  if (broken.length > 0) throw new Error(`mukana: the migrations left ${broken.length} broken references, e.g. ${JSON.stringify(broken[0])}`)
}

/**
 * A database made before there were migrations (its tables written from the entities, as the first
 * builds did) holds exactly what the first migration creates: record that migration as applied.
 */
async function adoptUnmigrated(orm: Database): Promise<void> {
  const migrator = orm.migrator
  if ((await migrator.getExecutedMigrations()).length > 0) return
  try {
    await orm.em.getConnection().execute('select 1 from area limit 1')
  } catch {
    return // no tables yet: the migrations make them
  }
  const [first] = await migrator.getPendingMigrations()
  if (first) await migrator.getStorage().logMigration({ name: first.name, context: null })
}

function searchPath(schema: string) {
  return (connection: { query(sql: string, done: (error?: Error) => void): void }, done: (error: Error | undefined, connection: unknown) => void) => {
    connection.query(`set search_path to "${schema}"`, (error) => done(error, connection))
  }
}
