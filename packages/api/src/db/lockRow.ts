import type { EntityManager, EntitySchema } from '@mikro-orm/core'

/**
 * Takes a row's write lock for the rest of the transaction (PostgreSQL: the row's lock; SQLite: the
 * database's write lock), by an update that changes nothing. A check-then-write on what the row stands
 * for (a class's timetable, a child's answers, a group's attendance) then runs one request at a time:
 * the second reads what the first wrote instead of deciding on the same old state.
 */
export async function lockRow<T extends { id: number }>(tx: EntityManager, entity: EntitySchema<T>, id: number): Promise<void> {
  const table = tx.getMetadata().get(entity.meta.className).tableName
  const quote = (name: string) => tx.getPlatform().quoteIdentifier(name)
  await tx
    .getConnection()
    .execute(`update ${quote(table)} set ${quote('id')} = ${quote('id')} where ${quote('id')} = ?`, [id], 'run', tx.getTransactionContext())
}
