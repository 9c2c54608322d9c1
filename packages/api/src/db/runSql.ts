import type { EntityManager } from '@mikro-orm/core'
import type { AbstractSqlConnection, Knex } from '@mikro-orm/knex'

/** The connection's own mapping of a driver's result to MikroORM's shapes (rows; affected rows), which it keeps protected. */
type ResultMapping = { transformRawResult<T>(result: unknown, method: 'all' | 'get' | 'run'): T }

/**
 * Runs one SQL statement with its `?` parameters bound, in the caller's transaction if any, and gives
 * the result as MikroORM's `execute` does (`all`: the rows; `get`: the first; `run`: `{ affectedRows,
 * rows }`). MikroORM's `execute` writes the parameters into the SQL text instead, escaping each in
 * JavaScript: a city's match run, megabytes of JSON, spent a second on that, and the plain statements
 * of every request paid for it too. Errors are the driver's, as from `execute`.
 */
export async function runSql<T = Record<string, unknown>[]>(
  em: EntityManager,
  sql: string,
  params: readonly unknown[] = [],
  method: 'all' | 'get' | 'run' = 'all',
): Promise<T> {
  const connection = em.getConnection() as unknown as AbstractSqlConnection & ResultMapping
  const query = connection.getKnex().raw(sql, params as Knex.RawBinding[])
  const transaction = em.getTransactionContext<Knex.Transaction>()
  if (transaction) query.transacting(transaction)
  return connection.transformRawResult<T>(await query, method)
}
