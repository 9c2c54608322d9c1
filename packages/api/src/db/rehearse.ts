import type { EntityManager } from '@mikro-orm/core'

/** Thrown at the end of a rehearsal, so that the transaction rolls back everything it wrote. */
class Rehearsal extends Error {}

/**
 * Runs `work` in a transaction and keeps what it wrote, or, when `dryRun`, goes through the very same
 * steps and rolls them back: a dry run's report is then exactly what the real run would do. `work` may
 * call `abandon()` to roll back without an error (a report with problems).
 */
export async function rehearse(em: EntityManager, dryRun: boolean, work: (tx: EntityManager, abandon: () => never) => Promise<void>): Promise<boolean> {
  const abandon = (): never => {
    throw new Rehearsal()
  }
  try {
    await em.transactional(async (tx) => {
      await work(tx, abandon)
      await tx.flush()
      if (dryRun) abandon()
    })
    return true
  } catch (error) {
    if (error instanceof Rehearsal) return false
    throw error
  }
}
