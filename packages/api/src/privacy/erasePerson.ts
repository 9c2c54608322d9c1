import type { EntityManager } from '@mikro-orm/core'
import { ChildEntity, UserEntity, type Account } from '../modules/people/index.js'
import type { ErasureBlocker } from './PersonalData.js'
import { PERSONAL_DATA_PARTS } from './personalDataOf.js'

/**
 * Erases a guardian: why it must wait (empty: it may go ahead), or, unless `dryRun`, the erasure itself,
 * all in one transaction. Children whom another guardian still has keep their data and lose only this
 * guardian; the others are erased in every module. The account goes last.
 */
export async function erasePerson(
  em: EntityManager,
  user: Account,
  childIds: number[],
  { dryRun, now = new Date() }: { dryRun: boolean; now?: Date },
): Promise<ErasureBlocker[]> {
  return em.transactional(async (tx) => {
    const children = await tx.find(ChildEntity, { id: { $in: childIds } }, { populate: ['guardians'] })
    const alone = children.filter((child) => child.guardians.getItems().every((guardian) => guardian.id === user.id)).map((child) => child.id)
    // Module by module: the transaction's connection runs one query at a time.
    const blockers: ErasureBlocker[] = []
    for (const part of PERSONAL_DATA_PARTS) blockers.push(...(await part.blockers(tx, alone, now)))
    if (blockers.length > 0 || dryRun) return blockers
    for (const part of PERSONAL_DATA_PARTS) await part.erase(tx, alone)
    for (const child of children) child.guardians.remove((guardian) => guardian.id === user.id)
    await tx.flush()
    for (const part of PERSONAL_DATA_PARTS) await part.eraseGuardian?.(tx, user.id, user.email)
    await tx.nativeDelete(UserEntity, { id: user.id })
    return []
  })
}
