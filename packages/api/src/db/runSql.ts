import { createHash } from 'node:crypto'
import type { EntityManager } from '@mikro-orm/core'
import type { AbstractSqlConnection, Knex } from '@mikro-orm/knex'
import { isPostgres } from './isPostgres.js'

/** The connection's own mapping of a driver's result to MikroORM's shapes (rows; affected rows), which it keeps protected. */
type ResultMapping = { transformRawResult<T>(result: unknown, method: 'all' | 'get' | 'run'): T }

/**
 * Runs one SQL statement with its `?` parameters bound, in the caller's transaction if any, and gives
 * the result as MikroORM's `execute` does (`all`: the rows; `get`: the first; `run`: `{ affectedRows,
 * rows }`). MikroORM's `execute` writes the parameters into the SQL text instead, escaping each in
 * JavaScript: a city's match run, megabytes of JSON, spent a second on that, and the plain statements
 * of every request paid for it too. Errors are the driver's, as from `execute`.
 *
 * `prepared`: on PostgreSQL, a named prepared statement, parsed and planned once per connection instead
 * of at every call (planning a join of a few rows costs PostgreSQL more than running it). For the few
 * fixed statements every request runs; not for texts that vary with their input (a list's placeholders),
 * each of which would stay prepared in every connection.
 */
export async function runSql<T = Record<string, unknown>[]>(
  em: EntityManager,
  sql: string,
  params: readonly unknown[] = [],
  method: 'all' | 'get' | 'run' = 'all',
  { prepared = false }: { prepared?: boolean } = {},
): Promise<T> {
  const connection = em.getConnection() as unknown as AbstractSqlConnection & ResultMapping
  const query = connection.getKnex().raw(sql, params as Knex.RawBinding[])
  if (prepared && isPostgres(em)) query.options({ name: statementName(sql) })
  const transaction = em.getTransactionContext<Knex.Transaction>()
  if (transaction) query.transacting(transaction)
  return connection.transformRawResult<T>(await query, method)
}

const names = new Map<string, string>()

/** A prepared statement's name: its text's digest, so that one name never stands for two texts. */
function statementName(sql: string): string {
  let name = names.get(sql)
  if (!name) names.set(sql, (name = `mukana_${createHash('sha256').update(sql).digest('hex').slice(0, 24)}`))
  return name
}
