import type { EntityManager } from '@mikro-orm/core'
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demoAccounts.js'
import { passwordMatches } from './passwords.js'
import { UserEntity, type User } from './user.entity.js'

const FRESH_FOR_MS = 60_000
// Per database (its driver), so that two databases in one process never share an answer.
const cache = new WeakMap<object, { at: number; accounts: Promise<User[]> }>()

/**
 * The demo accounts that still open with the demo password, for the login page of a demo database;
 * none on a real one. Checked at most once a minute: each check is four argon2 verifications.
 */
export function findDemoAccounts(em: EntityManager, now = Date.now()): Promise<User[]> {
  const cached = cache.get(em.getDriver())
  if (cached && now - cached.at < FRESH_FOR_MS) return cached.accounts
  // The promise is kept, not its result: requests (or aliases) asking at once share one check.
  const accounts = checkDemoAccounts(em)
  cache.set(em.getDriver(), { at: now, accounts })
  accounts.catch(() => cache.delete(em.getDriver()))
  return accounts
}

async function checkDemoAccounts(em: EntityManager): Promise<User[]> {
  const users = await em.find(UserEntity, { email: { $in: DEMO_ACCOUNTS.map((account) => account.email) } }, { orderBy: { id: 'asc' } })
  const accounts: User[] = []
  for (const user of users) if (await passwordMatches(user.passwordHash, DEMO_PASSWORD)) accounts.push(user)
  return accounts
}
