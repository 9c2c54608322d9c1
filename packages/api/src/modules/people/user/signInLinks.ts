import { createHash, randomBytes } from 'node:crypto'
import type { EntityManager } from '@mikro-orm/core'
import { ApiError } from '../../../graphql/ApiError.js'
import { SignInLinkEntity, type SignInLink } from './signInLink.entity.js'
import { UserEntity, type User } from './user.entity.js'
import { queueMessages } from '../../../messages/index.js'

/** The web app's page that takes a link's token from the address's fragment (never sent to a server or a Referer). */
export const SIGN_IN_PATH = '/sign-in'

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex')

/** A new link for the user, valid for `hours`; the token is returned once and stored only as a hash. */
export async function createSignInLink(
  em: EntityManager,
  userId: number,
  purpose: SignInLink['purpose'],
  hours: number,
  now = new Date(),
): Promise<{ path: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url')
  const expiresAt = new Date(now.getTime() + hours * 3600_000)
  await em.insert(SignInLinkEntity, { user: userId, tokenHash: hashOf(token), purpose, createdAt: now, expiresAt, usedAt: null })
  return { path: `${SIGN_IN_PATH}#${token}`, expiresAt }
}

/**
 * The account a link opens, using the link up: one conditional update claims it, so two tabs opening
 * the same link at once sign in once. Used, expired and unknown links get the same refusal.
 */
export async function useSignInLink(em: EntityManager, token: string, now = new Date()): Promise<User> {
  const tokenHash = hashOf(token)
  const claimed = await em.nativeUpdate(SignInLinkEntity, { tokenHash, usedAt: null, expiresAt: { $gt: now } }, { usedAt: now })
  if (claimed === 0) throw new ApiError('auth/link_invalid', 'This sign-in link has been used, has expired or is not valid.')
  const link = await em.findOneOrFail(SignInLinkEntity, { tokenHash })
  return em.findOneOrFail(UserEntity, { id: link.user.id })
}

/** How long a link asked for on the login page works. */
export const REQUESTED_LINK_HOURS = 1

/**
 * Someone asks for a sign-in link by e-mail (a guardian without the city's login, a teacher who lost
 * their password): an account with the address gets a one-time link by e-mail; an address without one
 * gets nothing, and the caller answers the same either way, so that the form tells nobody who has an account.
 */
export async function requestSignInLink(em: EntityManager, email: string, now = new Date()): Promise<void> {
  const user = await em.findOne(UserEntity, { email: email.trim().toLowerCase() })
  if (!user) return
  await em.transactional(async (tx) => {
    const link = await createSignInLink(tx, user.id, 'sign-in', REQUESTED_LINK_HOURS, now)
    const params = { name: user.name, link: link.path, expiresAt: link.expiresAt.toISOString() }
    await queueMessages(tx, [{ kind: 'signInLink', about: `${now.getTime()}`, recipient: user, params }], now)
  })
}
