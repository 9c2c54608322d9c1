import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core'
import { ApiError } from '../../../graphql/ApiError.js'
import { NO_ACCOUNT_HASH, passwordMatches } from './passwords.js'
import type { LoginThrottle } from './LoginThrottle.js'
import type { OidcVerifier } from './OidcVerifier.js'
import type { Tokens, TokenSession } from './tokens.js'
import { UserEntity, type User } from './user.entity.js'
import type { Identification } from './identification.js'
import type { Accounts } from './accountsById.js'
import type { Account } from './account.js'

export interface LoginServices {
  tokens: Tokens
  throttle: LoginThrottle
  /** The client's address, for the throttle. */
  address: string
}

/**
 * Email and password → a session token. An unknown email, an account without a password and a wrong
 * password get the same refusal after the same work (one argon2 check), so that neither the answer nor
 * its timing tells which accounts exist; the throttle refuses guessing before any check.
 */
export async function login(
  em: EntityManager,
  { tokens, throttle, address }: LoginServices,
  email: string,
  password: string,
): Promise<{ token: string; user: User }> {
  const normalized = email.trim().toLowerCase()
  const attempt = await throttle.admit(em, normalized, address)
  const user = await em.findOne(UserEntity, { email: normalized })
  const matches = await passwordMatches(user?.passwordHash ?? NO_ACCOUNT_HASH, password)
  if (!user?.passwordHash || !matches) throw new ApiError('auth/invalid_credentials', 'The email or the password is wrong.')
  await attempt.succeeded()
  return { token: tokens.sign(user.id), user }
}

/**
 * The user a token names: one of our own session tokens (`session`, the token as Tokens checked it), or
 * the city's OpenID Connect token for an account with the same verified email. Null for no token, or a
 * token that does not verify.
 */
export async function userFromToken(
  em: EntityManager,
  token: string | null,
  session: TokenSession | null,
  accounts: Accounts,
  oidc?: OidcVerifier,
): Promise<{ user: Account; identification: Identification } | null> {
  if (session) {
    const user = await accounts.load(session.userId)
    return user ? { user, identification: session.identification } : null
  }
  if (!token) return null
  const identity = oidc ? await oidc.identity(token) : null
  if (!identity) return null
  const user = await em.findOne(UserEntity, { email: identity.email })
  if (user) await recordSubject(em, user, identity.subject)
  return user ? { user, identification: identity.identification } : null
}

/**
 * The first sign-in with the city's login records the person's id there (the token's `sub`): the GDPR
 * API names people by it. Kept as it is once set.
 */
export async function recordSubject(em: EntityManager, user: Account, subject: string | null): Promise<void> {
  if (!subject || user.subject) return
  try {
    await em.nativeUpdate(UserEntity, { id: user.id, subject: null }, { subject })
    user.subject = subject
  } catch (error) {
    // Another account holds this id already (one person, two accounts): sign in without recording it.
    if (!(error instanceof UniqueConstraintViolationException)) throw error
  }
}
