import type { EntityManager, EntitySchema } from '@mikro-orm/core'
import { updateTable } from './updateTable.js'

/**
 * Takes a row's write lock for the rest of the transaction (PostgreSQL: the row's lock; SQLite: the
 * database's write lock), by an update that changes nothing. A check-then-write on what the row stands
 * for (a class's timetable, a child's answers, a group's attendance) then runs one request at a time:
 * the second reads what the first wrote instead of deciding on the same old state.
 */
export async function lockRow<T extends { id: number }>(tx: EntityManager, entity: EntitySchema<T>, id: number): Promise<void> {
  await updateTable(tx, entity, 'set id = id where id = ?', [id])
}
