import type { EntityManager } from '@mikro-orm/core'
import { runSql } from '../db/runSql.js'
import { latest } from './PersonalData.js'

/**
 * Each child's latest moment, from a statement giving rows of `child_id` and `at` (an instant as
 * either database stores it: PostgreSQL's timestamp, SQLite's milliseconds). For the retention job,
 * whose inputs (years of answers, seats, tickets and weekly marks) the database reduces to a row per
 * child instead of an entity per row.
 */
export async function latestByChild(em: EntityManager, sql: string, params: unknown[] = []): Promise<Map<number, Date>> {
  const last = new Map<number, Date>()
  for (const row of await runSql<{ child_id: number | string; at: Date | number | string | null }[]>(em, sql, params)) {
    if (row.at === null) continue
    latest(last, Number(row.child_id), row.at instanceof Date ? row.at : new Date(/^\d+$/.test(String(row.at)) ? Number(row.at) : row.at))
  }
  return last
}
