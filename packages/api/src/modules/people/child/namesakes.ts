import type { EntityManager } from '@mikro-orm/core'
import { ChildEntity, type Child } from './child.entity.js'

/**
 * What tells a child apart from a classmate of the same name (twins named alike, two Emily Browns):
 * the end of the pupil key the school system gave them, or the child's number here when there is no
 * key; null for a child whose name is the only one of its kind in the class.
 */
export async function namesakeMarks(em: EntityManager, children: readonly Child[]): Promise<(string | null)[]> {
  const classIds = [...new Set(children.flatMap((child) => (child.schoolClass ? [child.schoolClass.id] : [])))]
  const classmates = classIds.length ? await em.find(ChildEntity, { schoolClass: { $in: classIds } }, { fields: ['firstName', 'lastName', 'schoolClass'] }) : []
  const key = (child: Pick<Child, 'firstName' | 'lastName' | 'schoolClass'>) =>
    `${child.schoolClass?.id}\u0000${child.firstName.trim().toLowerCase()}\u0000${(child.lastName ?? '').trim().toLowerCase()}`
  const counts = new Map<string, number>()
  for (const mate of classmates) counts.set(key(mate), (counts.get(key(mate)) ?? 0) + 1)
  return children.map((child) => {
    if (!child.schoolClass || (counts.get(key(child)) ?? 0) < 2) return null
    return child.pupilKey ? `…${child.pupilKey.slice(-4)}` : `#${child.id}`
  })
}
