import type { EntityManager } from '@mikro-orm/core'
import { runSql } from './runSql.js'

/** Ids per statement: well under both databases' limits on parameters. */
const CHUNK = 1000

/**
 * Plain rows for many ids, a statement per thousand: `sql` is given the placeholders for one chunk
 * (`?, ?, …`) to put in its `in (…)`. In the caller's transaction, if any: its own changes count, and
 * SQLite's one connection is the transaction's.
 */
export async function selectByIds<Row>(em: EntityManager, sql: (placeholders: string) => string, ids: readonly number[]): Promise<Row[]> {
  const rows: Row[] = []
  for (let start = 0; start < ids.length; start += CHUNK) {
    const chunk = ids.slice(start, start + CHUNK)
    rows.push(...(await runSql<Row[]>(em, sql(chunk.map(() => '?').join(', ')), chunk)))
  }
  return rows
}
