import type { CookieSerializeOptions } from '@fastify/cookie'
import type { FastifyRequest } from 'fastify'
import { SESSION_SECONDS } from '../modules/people/index.js'

/**
 * The web app's session lives in an HttpOnly cookie that page scripts cannot read, so a script that
 * got into the page cannot carry the session away. SameSite=Strict keeps other sites' pages from
 * sending it, and Apollo's CSRF prevention refuses the simple requests a form could forge.
 * Other clients (scripts, tests, the city's integrations) send `Authorization: Bearer …` instead.
 */
export const SESSION_COOKIE = 'mukana_session'

export function sessionCookieOptions(secure: boolean): CookieSerializeOptions {
  return { httpOnly: true, sameSite: 'strict', secure, path: '/', maxAge: SESSION_SECONDS }
}

/** The request's token: the Authorization header's when it has one, else the session cookie's. */
export function sessionToken(request: FastifyRequest): string | null {
  const bearer = request.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1]
  return bearer ?? request.cookies[SESSION_COOKIE] ?? null
}
