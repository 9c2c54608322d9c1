import type { EntityManager } from '@mikro-orm/core'
import { isPostgres } from './isPostgres.js'
import { runSql } from './runSql.js'

/** Parameters per statement (SQLite): under its limit, large enough that a city's rows take a few statements. */
const MOST_PARAMETERS = 20_000
/** Rows per statement (PostgreSQL): a city's publish in a few statements of a megabyte or two of JSON each. */
const MOST_ROWS = 10_000

/**
 * Inserts plain rows into a table in the caller's transaction, many per statement. For the bulk writes
 * of publishing a run and queueing its messages, where building and tracking an entity per row cost
 * seconds. Dates go in as the dialect stores them, objects as JSON. `onConflict: 'ignore'` leaves a row
 * already there (by any unique index) as it is; `prepared` as for runSql.
 *
 * On PostgreSQL the rows go as one JSON parameter, spread into the table's row type by
 * `json_populate_recordset`: one parameter instead of one per value (binding and numbering tens of
 * thousands of parameters cost about as much as the inserts themselves), and one statement text whatever
 * the number of rows. SQLite takes a multi-row VALUES list.
 */
export async function insertRows(
  tx: EntityManager,
  table: string,
  columns: readonly string[],
  rows: readonly unknown[][],
  options: { onConflict?: 'ignore'; prepared?: boolean } = {},
): Promise<void> {
  const onConflict = options.onConflict === 'ignore' ? ' on conflict do nothing' : ''
  if (isPostgres(tx)) {
    const sql = `insert into ${table} (${columns.join(', ')}) select ${columns.join(', ')} from json_populate_recordset(null::${table}, ?)${onConflict}`
    for (let start = 0; start < rows.length; start += MOST_ROWS) {
      const document = JSON.stringify(asRecords(columns, rows.slice(start, start + MOST_ROWS)))
      await runSql(tx, sql, [document], 'run', { prepared: options.prepared })
    }
    return
  }
  const value = sqlValue(tx)
  const perStatement = Math.max(1, Math.floor(MOST_PARAMETERS / columns.length))
  const tuple = `(${columns.map(() => '?').join(', ')})`
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement)
    await runSql(
      tx,
      `insert into ${table} (${columns.join(', ')}) values ${chunk.map(() => tuple).join(', ')}${onConflict}`,
      chunk.flatMap((row) => row.map(value)),
      'run',
      { prepared: options.prepared },
    )
  }
}

/** Rows of values as objects keyed by their columns: what PostgreSQL's `json_populate_recordset` reads. */
export function asRecords(columns: readonly string[], rows: readonly unknown[][]): Record<string, unknown>[] {
  return rows.map((row) => Object.fromEntries(columns.map((column, c) => [column, row[c]])))
}

/** A value as a statement's parameter: dates as the dialect stores them, objects as JSON. */
export function sqlValue(em: EntityManager): (item: unknown) => unknown {
  const platform = em.getPlatform()
  return (item) => (item instanceof Date ? platform.processDateProperty(item) : item !== null && typeof item === 'object' ? JSON.stringify(item) : item)
}
