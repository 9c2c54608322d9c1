import type { EntityManager } from '@mikro-orm/core'
import { ApiError } from './ApiError.js'
import type { Loaders } from '../modules/index.js'
import type { Tokens } from '../modules/people/user/tokens.js'
import type { Role, User } from '../modules/people/user/user.entity.js'

/** Per request: its own unit of work, its own loaders, and who is asking (null when nobody logged in). */
export interface Context {
  em: EntityManager
  loaders: Loaders
  user: User | null
  tokens: Tokens
}

/** The logged-in user, or an `auth/unauthenticated` refusal. */
export function requireUser(context: Context): User {
  if (!context.user) throw new ApiError('auth/unauthenticated', 'Log in first.')
  return context.user
}

/** The logged-in user if it has one of the roles, else a refusal. */
export function requireRole(context: Context, ...roles: Role[]): User {
  const user = requireUser(context)
  if (!roles.includes(user.role)) throw new ApiError('auth/forbidden', `This needs the role ${roles.join(' or ')}.`)
  return user
}
