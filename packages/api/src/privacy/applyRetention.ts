import type { EntityManager } from '@mikro-orm/core'
import { ChildEntity } from '../modules/people/index.js'
import { ERASED_NAME } from '../modules/people/child/childPersonalData.js'
import { daysBefore, DEFAULT_RETENTION, latest, type RetentionPeriods } from './PersonalData.js'
import { PERSONAL_DATA_PARTS } from './personalDataOf.js'

export interface RetentionReport {
  dryRun: boolean
  periods: RetentionPeriods
  /** Rows anonymised or deleted (dry run: that would be) per data class. */
  classes: Record<string, number>
}

/**
 * The retention job: every module's data classes past their periods, and the children whom no
 * programme has served for `periods.children` days, whose names go the way an erasure takes them
 * (their answers, offers, seats and tickets then name nobody). One transaction; a dry run only counts.
 */
export async function applyRetention(em: EntityManager, { periods = DEFAULT_RETENTION, now = new Date(), dryRun = false } = {}): Promise<RetentionReport> {
  return em.transactional(async (tx) => {
    const classes: Record<string, number> = {}
    for (const part of PERSONAL_DATA_PARTS) Object.assign(classes, await part.retain?.(tx, periods, now, dryRun))

    const last = new Map<number, Date>()
    const active = new Set<number>()
    for (const part of PERSONAL_DATA_PARTS) {
      for (const [id, at] of (await part.lastActivity?.(tx)) ?? []) latest(last, id, at)
      for (const id of (await part.activeChildren?.(tx, now)) ?? []) active.add(id)
    }
    const cutoff = daysBefore(now, periods.children)
    const named = await tx.find(ChildEntity, { firstName: { $ne: ERASED_NAME } }, { fields: ['id'] })
    // A child with no activity at all is left alone: it came from a class list or a registration, which count as active.
    const done = named.map((child) => child.id).filter((id) => !active.has(id) && last.has(id) && last.get(id)! < cutoff)
    classes.children = done.length
    if (!dryRun && done.length > 0) {
      for (const part of PERSONAL_DATA_PARTS) await part.erase(tx, done)
      const children = await tx.find(ChildEntity, { id: { $in: done } }, { populate: ['guardians'] })
      for (const child of children) child.guardians.removeAll()
      await tx.flush()
    }
    return { dryRun, periods, classes }
  })
}
