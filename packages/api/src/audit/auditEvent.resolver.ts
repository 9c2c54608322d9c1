import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql'
import type { FilterQuery } from '@mikro-orm/core'
import { ApiError } from '../graphql/ApiError.js'
import { fieldIssue } from '../graphql/fieldIssue.js'
import type { Context } from '../graphql/context.js'
import { AuditEventEntity, type AuditEvent } from './auditEvent.entity.js'
import { AuditEventType } from './auditEvent.type.js'

@Resolver(() => AuditEventType)
export class AuditEventResolver {
  @Authorized('admin')
  @Query(() => [AuditEventType], { description: 'The audit trail, newest first: who read or changed which children’s data, when and from where.' })
  async auditEvents(
    @Ctx() { em }: Context,
    @Arg('childId', () => ID, { nullable: true }) childId?: string,
    @Arg('actorId', () => ID, { nullable: true }) actorId?: string,
    @Arg('limit', () => Int, { defaultValue: 100 }) limit = 100,
  ): Promise<AuditEvent[]> {
    if (!(limit >= 1 && limit <= 1000)) throw ApiError.invalid([fieldIssue('limit', 'range', { min: 1, max: 1000, got: limit })])
    const where: FilterQuery<AuditEvent> = actorId ? { actorId: Number(actorId) } : {}
    // Child ids live in a JSON list: filtered here, over the newest events, the same on both databases.
    const rows = await em.find(AuditEventEntity, where, { orderBy: { id: 'desc' }, limit: childId ? limit * 20 : limit })
    return (childId ? rows.filter((row) => row.childIds.includes(Number(childId))) : rows).slice(0, limit)
  }
}
