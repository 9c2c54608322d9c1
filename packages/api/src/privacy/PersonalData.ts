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
 * All but childNodes run in the caller's transaction, whose one connection runs one query at a time:
 * await each query before the next (no Promise.all over queries).
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
  /** The latest moment the module served each child it has data on (an answer, a meeting, an event). */
  lastActivity?(em: EntityManager): Promise<Map<number, Date>>
  /** Children the module still serves now (a seat held, a track running): retention keeps their names. */
  activeChildren?(em: EntityManager, now: Date): Promise<Set<number>>
  /**
   * Anonymises or deletes the module's own data classes past their periods (or, in a dry run, counts
   * what would go); the count per data class.
   */
  retain?(em: EntityManager, periods: RetentionPeriods, now: Date, dryRun: boolean): Promise<Record<string, number>>
}

/** Days each data class is kept; see docs/privacy.md for what happens at the end of each. */
export interface RetentionPeriods {
  /** A child's names, counted from the child's last activity in any programme. */
  children: number
  /** The family's free-time windows in a survey answer, from the survey's close. */
  answers: number
  /** Event tickets (their codes) and free-spot subscriptions, from the occurrence. */
  tickets: number
  /** The audit trail. */
  auditLog: number
  /** Login attempts (the throttle needs minutes; kept a day for investigating attacks). */
  loginAttempts: number
  /** Messages sent to families and staff (their addresses and texts), from when they were queued. */
  messages: number
}

export const DEFAULT_RETENTION: RetentionPeriods = { children: 3 * 365, answers: 2 * 365, tickets: 90, auditLog: 2 * 365, loginAttempts: 1, messages: 365 }

/** The moment `days` before `now`. */
export const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 24 * 3600_000)

/** Keeps, per child, the later of two moments. */
export function latest(into: Map<number, Date>, childId: number, at: Date | null | undefined): void {
  if (!at) return
  const known = into.get(childId)
  if (!known || known < at) into.set(childId, at)
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
