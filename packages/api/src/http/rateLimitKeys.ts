import { normalizeIP } from '@fastify/rate-limit'
import type { FastifyRequest } from 'fastify'

/** Far more addresses than one process sees in a rate-limit window; past it the table starts again. */
const REMEMBERED = 10_000

/**
 * The rate limiter's key of a request: its address as @fastify/rate-limit's own default makes it (an
 * IPv4 address for an IPv4-mapped one, the /64 network for IPv6), remembered per address string. A
 * service listening on `::` sees every IPv4 client as `::ffff:a.b.c.d`, and parsing that anew was
 * 3–4 % of a rush's CPU.
 */
export function rateLimitKeys(remembered = REMEMBERED): (request: FastifyRequest) => string {
  const keys = new Map<string, string>()
  return (request) => {
    const address = request.ip
    let key = keys.get(address)
    if (key === undefined) {
      if (keys.size >= remembered) keys.clear()
      key = normalizeIP(address)
      keys.set(address, key)
    }
    return key
  }
}
