import type { EntityManager } from '@mikro-orm/core'
import { runSql } from './runSql.js'

/** Parameters per statement: under SQLite's and PostgreSQL's limits, large enough that a city's rows take a few statements. */
const MOST_PARAMETERS = 20_000

/**
 * Inserts plain rows into a table in the caller's transaction, many per statement. For the bulk writes
 * of publishing a run and queueing its messages, where building and tracking an entity per row cost
 * seconds. Dates go in as the dialect stores them, objects as JSON. `onConflict: 'ignore'` leaves a row
 * already there (by any unique index) as it is; `prepared` as for runSql (for a fixed number of rows).
 */
export async function insertRows(
  tx: EntityManager,
  table: string,
  columns: readonly string[],
  rows: readonly unknown[][],
  options: { onConflict?: 'ignore'; prepared?: boolean } = {},
): Promise<void> {
  const value = sqlValue(tx)
  const perStatement = Math.max(1, Math.floor(MOST_PARAMETERS / columns.length))
  const tuple = `(${columns.map(() => '?').join(', ')})`
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement)
    await runSql(
      tx,
      `insert into ${table} (${columns.join(', ')}) values ${chunk.map(() => tuple).join(', ')}${options.onConflict === 'ignore' ? ' on conflict do nothing' : ''}`,
      chunk.flatMap((row) => row.map(value)),
      'run',
      { prepared: options.prepared },
    )
  }
}

/** A value as a statement's parameter: dates as the dialect stores them, objects as JSON. */
export function sqlValue(em: EntityManager): (item: unknown) => unknown {
  const platform = em.getPlatform()
  return (item) => (item instanceof Date ? platform.processDateProperty(item) : item !== null && typeof item === 'object' ? JSON.stringify(item) : item)
}
