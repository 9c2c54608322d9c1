import type { EntityManager } from '@mikro-orm/core'
import { ApiError } from '../../../graphql/ApiError.js'
import { fieldIssue } from '../../../graphql/fieldIssue.js'
import { createSignInLink } from './signInLinks.js'
import { EMAIL, newAccount, UserEntity } from './user.entity.js'

/** How long the first administrator's link works. */
export const ADMIN_LINK_HOURS = 24

/**
 * An administrator account for the e-mail (made if missing) and a one-time sign-in link for it: how a
 * city starts on an empty database, and how a locked-out administrator gets back in.
 */
export async function createAdmin(
  em: EntityManager,
  email: string,
  name: string,
  now = new Date(),
): Promise<{ path: string; expiresAt: Date; created: boolean }> {
  const address = email.trim().toLowerCase()
  if (!EMAIL.test(address)) throw ApiError.invalid([fieldIssue('email', 'email', { got: email })])
  let user = await em.findOne(UserEntity, { email: address })
  if (user && user.role !== 'admin') throw ApiError.invalid([fieldIssue('email', 'exists', { got: address })])
  const created = !user
  if (!user) {
    user = em.create(UserEntity, newAccount({ email: address, name: name.trim() || address, role: 'admin' }))
    await em.flush()
  }
  return { ...(await createSignInLink(em, user.id, 'sign-in', ADMIN_LINK_HOURS, now)), created }
}
