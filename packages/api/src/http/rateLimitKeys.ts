import { normalizeIP } from '@fastify/rate-limit'
import type { FastifyRequest } from 'fastify'
import type { RequestSession } from './requestSessions.js'

/** Far more addresses than one process sees in a rate-limit window; past it the table starts again. */
const REMEMBERED = 10_000

/**
 * The rate limiter's key of a request. A signed-in request counts against its account: the staff and
 * families behind one school's or one housing company's address do not share one limit, and the
 * address (a system call per connection) is not read. Anything else counts against its address as
 * @fastify/rate-limit's default makes it (an IPv4 address for an IPv4-mapped one, the /64 network for
 * IPv6), remembered per address string: a service listening on `::` sees every IPv4 client as
 * `::ffff:a.b.c.d`, and parsing that anew was 3–4 % of a rush's CPU.
 */
export function rateLimitKeys(sessionOf: RequestSession, remembered = REMEMBERED): (request: FastifyRequest) => string {
  const keys = new Map<string, string>()
  return (request) => {
    const session = sessionOf(request)
    if (session) return `account ${session.userId}`
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
