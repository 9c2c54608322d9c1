import { MikroORM as LibSqlOrm } from '@mikro-orm/libsql'
import { MikroORM as PostgreSqlOrm } from '@mikro-orm/postgresql'
import type { MikroORM } from '@mikro-orm/core'
import { ENTITIES } from './entities.js'

export interface DatabaseOptions {
  /** `postgres://…` for PostgreSQL; otherwise SQLite at `sqlitePath` (":memory:" for a throw-away one). */
  databaseUrl?: string
  sqlitePath?: string
  /** PostgreSQL schema to use (tests give each run its own). */
  schema?: string
  /** Called with each SQL statement (tests count queries with it). */
  onQuery?: (sql: string) => void
}

export type Database = MikroORM

/** Opens SQLite (the embedded default) or PostgreSQL, and brings the tables up to date. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const logging = options.onQuery
    ? { debug: ['query' as const], logger: (message: string) => options.onQuery?.(message) }
    : { debug: false }
  const orm = options.databaseUrl?.startsWith('postgres')
    ? await PostgreSqlOrm.init({ clientUrl: options.databaseUrl, schema: options.schema, entities: ENTITIES, ...logging })
    : await LibSqlOrm.init({ dbName: options.sqlitePath ?? 'mukana.sqlite', entities: ENTITIES, ...logging })
  if (options.schema) await orm.em.getConnection().execute(`create schema if not exists "${options.schema}"`)
  // The schema follows the entities until the first release; from then on, migrations. `safe` never
  // drops a table or a column: a change to the entities cannot lose stored data.
  await orm.schema.updateSchema({ safe: true })
  return orm
}
