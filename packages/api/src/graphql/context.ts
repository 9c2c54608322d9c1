import type { EntityManager } from '@mikro-orm/core'
import { ApiError } from './ApiError.js'
import type { Loaders, SharedLoaders } from '../modules/index.js'
import type { LoginThrottle } from '../modules/people/user/LoginThrottle.js'
import type { Pseudonyms } from '../privacy/Pseudonyms.js'
import type { Tokens } from '../modules/people/user/tokens.js'
import type { Account } from '../modules/people/index.js'
import type { Identification, StrongAuthPolicy } from '../modules/people/user/identification.js'
import type { Outbox } from '../messages/Outbox.js'
import type { JobNudge } from '../jobs/JobDefinition.js'

/** Per request: its own unit of work, its own loaders, and who is asking (null when nobody logged in). */
export interface Context {
  em: EntityManager
  loaders: Loaders
  user: Account | null
  /** How strongly the signed-in person was identified (the staff rule reads it). */
  identification: Identification
  /** The city's rule for staff sessions; null when any sign-in will do. */
  strongAuth: StrongAuthPolicy | null
  tokens: Tokens
  loginThrottle: LoginThrottle
  pseudonyms: Pseudonyms
  /** Where the web app sends people to sign in with the city's login; null when it is not configured. */
  cityLoginPath: string | null
  http: HttpExchange
  /** How messages read and where they go (the delivery view renders them). */
  outbox: Outbox
  /** Asks a background job to run soon (the sender, after a change that queued messages). */
  jobs: JobNudge
  /** The loaders this process's requests share (each batches simultaneous requests' statements). */
  shared: SharedLoaders
}

/** What a resolver may know of, and do to, the HTTP exchange, without knowing the server. */
export interface HttpExchange {
  /** The client's address (behind a proxy, the one the proxy names: MUKANA_TRUST_PROXY). */
  address: string
  /** Sets the browser's session cookie to this token, or clears it (null). */
  setSession(token: string | null): void
}

/** The signed-in user of an operation that `@Authorized` guards (the auth checker has let it through). */
export function currentUser(context: Context): Account {
  if (!context.user) throw new ApiError('auth/unauthenticated', 'Log in first.')
  return context.user
}
