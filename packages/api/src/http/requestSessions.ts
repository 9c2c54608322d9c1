import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { Tokens, TokenSession } from '../modules/people/index.js'
import { sessionToken } from './sessionCookie.js'

declare module 'fastify' {
  interface FastifyRequest {
    /** The session its token carries, once checked (requestSessions); undefined until then. */
    tokenSession: TokenSession | null | undefined
  }
}

/** The session of a request, as its token says once checked: null for none, or one that does not verify. */
export type RequestSession = (request: FastifyRequest) => TokenSession | null

/**
 * Checks each request's session token once, for whoever asks first (the rate limiter, then the
 * GraphQL context): the answer is kept on the request, a property Fastify gives every request.
 */
export function requestSessions(app: FastifyInstance, tokens: Tokens): RequestSession {
  app.decorateRequest('tokenSession', undefined)
  return (request) => {
    if (request.tokenSession === undefined) {
      const token = sessionToken(request)
      request.tokenSession = token ? tokens.verify(token) : null
    }
    return request.tokenSession
  }
}
