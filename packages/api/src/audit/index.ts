/**
 * The audit trail of access to children's personal data: a middleware records each operation
 * (graphql/rootField), an append-only table keeps it, and the administrators query it.
 */
import type { EntityManager } from '@mikro-orm/core'
import { defineModule } from '../graphql/ApiModule.js'
import { auditLog } from './auditLog.js'
import { AuditEventEntity } from './auditEvent.entity.js'
import { AuditEventResolver } from './auditEvent.resolver.js'
import { daysBefore, type PersonalDataPart } from '../privacy/PersonalData.js'

export { auditTrail } from './auditTrail.js'
export { auditLog, type AuditLog } from './auditLog.js'
export { AuditEventEntity, type AuditEvent } from './auditEvent.entity.js'

/**
 * The trail is kept for its period even past a person's erasure (it holds ids, no names, and it is
 * how the city answers for who saw the data); then the retention job deletes it.
 */
const auditRetention: PersonalDataPart = {
  childNodes: async () => new Map(),
  blockers: async () => [],
  erase: async () => {},
  async retain(em, periods, now, dryRun) {
    const old = { at: { $lt: daysBefore(now, periods.auditLog) } }
    return { auditLog: dryRun ? await em.count(AuditEventEntity, old) : await em.nativeDelete(AuditEventEntity, old) }
  },
}

export const auditModule = defineModule({
  name: 'audit',
  entities: [AuditEventEntity],
  resolvers: [AuditEventResolver],
  createLoaders: () => ({}),
  createSharedLoaders: (newEm: () => EntityManager) => ({ auditLog: auditLog(newEm) }),
  personalData: auditRetention,
})
