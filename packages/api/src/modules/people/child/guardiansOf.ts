import type { EntityManager } from '@mikro-orm/core'
import { UserEntity, type User } from '../user/user.entity.js'

/** What a message needs of a guardian. */
export type GuardianContact = Pick<User, 'id' | 'email' | 'phone' | 'language' | 'messageChannels' | 'reminders'>

const CHUNK = 1000

/**
 * The guardians of many children, by child id, in a few queries: the pivot read directly and the
 * accounts with only the fields a message needs (publishing a city's run tells thousands of families,
 * and hydrating each child's guardian collection took seconds).
 */
export async function guardiansOf(em: EntityManager, childIds: readonly number[]): Promise<Map<number, GuardianContact[]>> {
  const unique = [...new Set(childIds)]
  const pairs: { child_id: number; user_id: number }[] = []
  for (let start = 0; start < unique.length; start += CHUNK) {
    const chunk = unique.slice(start, start + CHUNK)
    const sql = `select child_id, user_id from child_guardian where child_id in (${chunk.map(() => '?').join(', ')})`
    // In the caller's transaction, if any: its own changes count, and SQLite's one connection is the transaction's.
    pairs.push(...(await em.getConnection().execute(sql, chunk, 'all', em.getTransactionContext())))
  }
  const userIds = [...new Set(pairs.map((pair) => Number(pair.user_id)))]
  const users = new Map<number, GuardianContact>()
  for (let start = 0; start < userIds.length; start += CHUNK) {
    const found = await em.find(
      UserEntity,
      { id: { $in: userIds.slice(start, start + CHUNK) } },
      { fields: ['email', 'phone', 'language', 'messageChannels', 'reminders'] },
    )
    for (const user of found) users.set(user.id, user)
  }
  const byChild = new Map<number, GuardianContact[]>(unique.map((id) => [id, []]))
  for (const pair of pairs) {
    const user = users.get(Number(pair.user_id))
    if (user) byChild.get(Number(pair.child_id))!.push(user)
  }
  return byChild
}
