import type { FastifyRequest } from 'fastify'
import type { Tokens, TokenSession } from '../modules/people/index.js'
import { sessionToken } from './sessionCookie.js'

/** The session of a request, as its token says once checked: null for none, or one that does not verify. */
export type RequestSession = (request: FastifyRequest) => TokenSession | null

/**
 * Checks each request's session token once, for whoever asks first (the rate limiter, then the
 * GraphQL context): the answer is kept with the request.
 */
export function requestSessions(tokens: Tokens): RequestSession {
  const checked = new WeakMap<FastifyRequest, TokenSession | null>()
  return (request) => {
    let session = checked.get(request)
    if (session === undefined) {
      const token = sessionToken(request)
      session = token ? tokens.verify(token) : null
      checked.set(request, session)
    }
    return session
  }
}
