import type { EntityManager, EntitySchema } from '@mikro-orm/core'

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
  const table = tx.getPlatform().quoteIdentifier(tx.getMetadata().get(entity.meta.className).tableName)
  const result = await tx.getConnection().execute<{ affectedRows: number }>(`update ${table} ${assignmentsAndWhere}`, params, 'run', tx.getTransactionContext())
  return result.affectedRows
}
