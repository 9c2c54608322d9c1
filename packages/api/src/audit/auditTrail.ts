import { Utils, wrap } from '@mikro-orm/core'
import type { MiddlewareFn } from 'type-graphql'
import type { Context } from '../graphql/context.js'

/** Operations that touch no child's data: signing in and out. */
const UNAUDITED = new Set(['login', 'logout'])
/** Enough to name every child of a city's largest class list or match run; beyond it the event says "many". */
const MOST_CHILDREN = 10_000

/** Each entity type's own references (an offer's child), not its collections: listed once per type, not per row. */
const referencesOfType = new WeakMap<object, string[]>()
function referencesOf(meta: { properties: object }): string[] {
  let names = referencesOfType.get(meta)
  if (!names) {
    names = (Object.values(meta.properties) as { kind: string; name: string }[]).filter((property) => property.kind === 'm:1').map((property) => property.name)
    referencesOfType.set(meta, names)
  }
  return names
}

/** The ids of the children an operation's arguments or answer name: Child rows, and rows that hold one (a roster entry, an offer). */
export function childIdsIn(value: unknown, found = new Set<number>(), depth = 0): Set<number> {
  if (value === null || typeof value !== 'object' || depth > 3 || found.size >= MOST_CHILDREN) return found
  if (Array.isArray(value)) {
    for (const item of value) childIdsIn(item, found, depth)
    return found
  }
  if (Utils.isEntity(value)) {
    const meta = wrap(value, true).__meta
    if (meta.className === 'Child') found.add((value as { id: number }).id)
    for (const name of referencesOf(meta)) childIdsIn((value as Record<string, unknown>)[name], found, depth + 1)
    return found
  }
  for (const item of Object.values(value)) childIdsIn(item, found, depth + 1)
  return found
}

function childIdsInArgs(args: Record<string, unknown>): number[] {
  const ids: number[] = []
  const visit = (value: unknown, key: string) => {
    if (Array.isArray(value)) return value.forEach((item) => visit(item, key))
    if (value && typeof value === 'object') return Object.entries(value).forEach(([k, v]) => visit(v, k))
    if (/^(childId|childIds|presentChildIds)$/.test(key) && Number.isSafeInteger(Number(value))) ids.push(Number(value))
  }
  visit(args, '')
  return ids
}

/**
 * The audit trail: every write, and every read whose answer holds children's data (a roster, a class
 * list, answers, offers, a guardian's own children), is recorded after it succeeds. For root fields
 * only (graphql/rootField calls it): one event per operation field, naming every child it touched.
 */
export const auditTrail: MiddlewareFn<Context> = async ({ info, context, args }, next) => {
  const root = info.parentType.name
  if (UNAUDITED.has(info.fieldName)) return next()
  const result: unknown = await next()
  const children = childIdsIn(result)
  for (const id of childIdsInArgs(args)) children.add(id)
  if (root === 'Query' && children.size === 0) return result
  await context.shared.auditLog.load({
    at: new Date(),
    actorId: context.user?.id ?? null,
    actorRole: context.user?.role ?? 'anonymous',
    address: context.http.address.slice(0, 64),
    operation: info.fieldName,
    kind: root === 'Query' ? 'read' : 'write',
    childIds: [...children].sort((a, b) => a - b),
  })
  return result
}
