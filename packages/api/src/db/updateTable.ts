import type { EntityManager, EntitySchema } from '@mikro-orm/core'
import { runSql } from './runSql.js'

/**
 * Runs `update <the entity's table> <assignmentsAndWhere>` inside the transaction, and returns how many
 * rows it changed: for the conditional updates whose row count is the answer (a seat taken or not).
 */
export async function updateTable<T extends object>(
  tx: EntityManager,
  entity: EntitySchema<T>,
  assignmentsAndWhere: string,
  params: unknown[],
): Promise<number> {
  const result = await runSql<{ affectedRows: number }>(tx, `update ${tableOf(tx, entity)} ${assignmentsAndWhere}`, params, 'run')
  return result.affectedRows
}

/** The same, returning the ids of the rows it changed (`returning id`, which both databases have). */
export async function updateTableReturning<T extends object>(
  tx: EntityManager,
  entity: EntitySchema<T>,
  assignmentsAndWhere: string,
  params: unknown[],
): Promise<{ id: number }[]> {
  return runSql<{ id: number }[]>(tx, `update ${tableOf(tx, entity)} ${assignmentsAndWhere} returning id`, params)
}

function tableOf<T extends object>(tx: EntityManager, entity: EntitySchema<T>): string {
  return tx.getPlatform().quoteIdentifier(tx.getMetadata().get(entity.meta.className).tableName)
}
