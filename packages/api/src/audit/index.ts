/**
 * The audit trail of access to children's personal data: a global middleware records each operation
 * (graphql/buildApiSchema), an append-only table keeps it, and the administrators query it.
 */
import { defineModule } from '../graphql/ApiModule.js'
import { AuditEventEntity } from './auditEvent.entity.js'
import { AuditEventResolver } from './auditEvent.resolver.js'

export { auditTrail } from './auditTrail.js'
export { AuditEventEntity, type AuditEvent } from './auditEvent.entity.js'

export const auditModule = defineModule({
  name: 'audit',
  entities: [AuditEventEntity],
  resolvers: [AuditEventResolver],
  createLoaders: () => ({}),
})
