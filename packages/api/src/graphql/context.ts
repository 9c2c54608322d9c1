import type { EntityManager } from '@mikro-orm/core'
import { ApiError } from './ApiError.js'
import type { Loaders } from '../modules/index.js'
import type { Tokens } from '../modules/people/user/tokens.js'
import type { User } from '../modules/people/user/user.entity.js'

/** Per request: its own unit of work, its own loaders, and who is asking (null when nobody logged in). */
export interface Context {
  em: EntityManager
  loaders: Loaders
  user: User | null
  tokens: Tokens
}

/** The signed-in user of an operation that `@Authorized` guards (the auth checker has let it through). */
export function currentUser(context: Context): User {
  if (!context.user) throw new ApiError('auth/unauthenticated', 'Log in first.')
  return context.user
}
