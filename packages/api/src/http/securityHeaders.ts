import type { FastifyInstance } from 'fastify'
import helmet, { type HelmetOptions } from 'helmet'

/**
 * Helmet's headers for every answer. The built web app loads only its own scripts, styles and the
 * API on the same origin; its icon is a data: URI. No page may frame it (clickjacking), and no address
 * leaks in a Referer (calendar feed addresses carry their key).
 */
export const securityHeaders: HelmetOptions = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      // Helmet adds this by default; on a plain-http laptop demo it would break every asset.
      upgradeInsecureRequests: null,
    },
  },
  referrerPolicy: { policy: 'no-referrer' },
  crossOriginEmbedderPolicy: false,
}

/**
 * Sets helmet's headers on every answer (pages, GraphQL, calendars, refusals). Helmet's middleware is
 * built once: @fastify/helmet built it again for every request, parsing the CSP each time.
 */
export function addSecurityHeaders(app: FastifyInstance): void {
  const setHeaders = helmet(securityHeaders)
  app.addHook('onRequest', (request, reply, done) => setHeaders(request.raw, reply.raw, (error) => done(error as Error | undefined)))
}
