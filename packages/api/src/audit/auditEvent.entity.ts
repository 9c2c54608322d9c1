import { EntitySchema } from '@mikro-orm/core'

/**
 * One access to children's personal data: who (the account and its role; none for a pupil with a
 * survey code), from where, when, which operation, reading or writing, and which children. Only ever
 * inserted; the retention job deletes rows past their period, and nothing else touches them.
 */
export interface AuditEvent {
  id: number
  at: Date
  actorId: number | null
  actorRole: string
  address: string
  operation: string
  kind: 'read' | 'write'
  childIds: number[]
}

export const AuditEventEntity = new EntitySchema<AuditEvent>({
  name: 'AuditEvent',
  tableName: 'audit_event',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    at: { type: 'datetime' },
    // A plain id, not a reference: the trail outlives an erased account.
    actorId: { type: 'integer', nullable: true },
    actorRole: { type: 'string', length: 16 },
    address: { type: 'string', length: 64 },
    operation: { type: 'string', length: 64 },
    kind: { type: 'string', length: 8 },
    childIds: { type: 'json' },
  },
  indexes: [{ properties: ['at'] }, { properties: ['actorId', 'at'] }],
})
