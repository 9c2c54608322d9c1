import type { FastifyHelmetOptions } from '@fastify/helmet'

/**
 * Helmet's headers for every answer. The built web app loads only its own scripts, styles and the
 * API on the same origin; its icon is a data: URI. No page may frame it (clickjacking), and no address
 * leaks in a Referer (calendar feed addresses carry their key).
 */
export const securityHeaders: FastifyHelmetOptions = {
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
