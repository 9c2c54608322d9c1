import type { EntityManager } from '@mikro-orm/core'
import type DataLoader from 'dataloader'
import { batchAcrossRequests } from '../db/batchAcrossRequests.js'
import { insertRows } from '../db/insertRows.js'
import type { AuditEvent } from './auditEvent.entity.js'

/** One operation's event as a request records it (the database numbers it). */
export type AuditEventRow = Omit<AuditEvent, 'id'>

/** Where a process's requests record their events; `load` resolves once the event is stored. */
export type AuditLog = DataLoader<AuditEventRow, true>

const COLUMNS = ['at', 'actor_id', 'actor_role', 'address', 'operation', 'kind', 'child_ids']

/**
 * Plain inserts (an entity's insert through the ORM cost more than the write it records), and the
 * events of requests that end at once in one statement (db/batchAcrossRequests): every write pays for
 * its event, and in a rush the events' round trips were a quarter of the service's statements. A request
 * answers only after its event is stored, as before.
 */
export function auditLog(newEm: () => EntityManager): AuditLog {
  return batchAcrossRequests(async (events: readonly AuditEventRow[]) => {
    const rows = events.map((event) => [event.at, event.actorId, event.actorRole, event.address, event.operation, event.kind, event.childIds])
    await insertRows(newEm(), 'audit_event', COLUMNS, rows, { prepared: true })
    return events.map(() => true as const)
  })
}
