import type { EntityManager } from '@mikro-orm/core'
import { ApiError } from '../../../graphql/ApiError.js'
import { passwordMatches } from './passwords.js'
import type { OidcVerifier } from './OidcVerifier.js'
import type { Tokens } from './tokens.js'
import { UserEntity, type User } from './user.entity.js'

/** Email and password → a session token. The same refusal for an unknown email and a wrong password. */
export async function login(em: EntityManager, tokens: Tokens, email: string, password: string): Promise<{ token: string; user: User }> {
  const user = await em.findOne(UserEntity, { email: email.trim().toLowerCase() })
  if (!user || !(await passwordMatches(user.passwordHash, password))) {
    throw new ApiError('auth/invalid_credentials', 'The email or the password is wrong.')
  }
  return { token: await tokens.sign(user.id), user }
}

/**
 * The user a bearer token names: one of our own session tokens, or the city's OpenID Connect token for
 * an account with the same verified email. Null for no token, or a token that does not verify.
 */
export async function userFromToken(em: EntityManager, tokens: Tokens, authorization: string | undefined, oidc?: OidcVerifier): Promise<User | null> {
  const token = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1]
  if (!token) return null
  const id = await tokens.verify(token)
  if (id !== null) return em.findOne(UserEntity, { id })
  const email = oidc ? await oidc.email(token) : null
  return email ? em.findOne(UserEntity, { email }) : null
}
