import DataLoader from 'dataloader'
import type { EntityManager, EntitySchema } from '@mikro-orm/core'

/** Loads entities by id, one query per batch: field resolvers never query once per parent. */
export function byId<T extends { id: number }>(em: EntityManager, entity: EntitySchema<T>): DataLoader<number, T | null> {
  return new DataLoader(async (ids) => {
    const rows = (await em.find(entity, { id: { $in: [...ids] } } as never)) as T[]
    const found = new Map(rows.map((row) => [row.id, row]))
    return ids.map((id) => found.get(id) ?? null)
  })
}
