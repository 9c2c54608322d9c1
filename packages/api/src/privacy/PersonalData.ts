import type { EntityManager } from '@mikro-orm/core'

/**
 * Terminology of the city's GDPR API (the Helsinki profile pattern): a *data node* is one key with a
 * value or children; a *blocker* is a business reason why erasure must wait, said in fi, sv and en;
 * to *erase* is to remove what identifies a person while keeping the anonymous counts that the
 * programme's indicators need.
 */
export interface DataNode {
  key: string
  value?: string
  children?: DataNode[]
}

export interface ErasureBlocker {
  code: string
  message: { fi: string; sv: string; en: string }
}

/**
 * What a module holds about children, and how it lets go of it. Each module says this for its own
 * tables; the GDPR API puts the parts together, so a new table with personal data changes one module.
 */
export interface PersonalDataPart {
  /** The module's nodes under each child. */
  childNodes(em: EntityManager, childIds: number[]): Promise<Map<number, DataNode[]>>
  /** Why these children's data cannot be erased now; empty when it can. */
  blockers(em: EntityManager, childIds: number[], now: Date): Promise<ErasureBlocker[]>
  /** Erases the children's personal data in this module, inside the caller's transaction. */
  erase(em: EntityManager, childIds: number[]): Promise<void>
  /** Erases what the module keeps about the guardian's account itself, before the account goes. */
  eraseGuardian?(em: EntityManager, userId: number, email: string): Promise<void>
}

/** A node of a value, leaving out values that are not there. */
export function leaf(key: string, value: string | number | boolean | Date | null | undefined): DataNode[] {
  if (value === null || value === undefined || value === '') return []
  return [{ key, value: value instanceof Date ? value.toISOString() : String(value) }]
}

/** Rows grouped under their child: every child id gets a list, empty when it has none. */
export function byChild<T>(childIds: number[], rows: T[], childOf: (row: T) => number, node: (row: T) => DataNode): Map<number, DataNode[]> {
  const nodes = new Map(childIds.map((id) => [id, [] as DataNode[]]))
  for (const row of rows) nodes.get(childOf(row))?.push(node(row))
  return nodes
}
