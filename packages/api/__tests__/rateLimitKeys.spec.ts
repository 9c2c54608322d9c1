import type { FastifyRequest } from 'fastify'
import { describe, expect, it } from 'vitest'
import { rateLimitKeys } from '../src/http/rateLimitKeys'
import type { RequestSession } from '../src/http/requestSessions'
import { PASSWORD } from '../src/modules/people/user/identification'

const from = (ip: string) => ({ ip }) as FastifyRequest
const anonymous: RequestSession = () => null

describe('rateLimitKeys', () => {
  it('counts an IPv4 client seen through an IPv6 socket as its IPv4 address, and IPv6 clients by their /64 network', () => {
    const key = rateLimitKeys(anonymous)
    expect(key(from('::ffff:127.0.0.1'))).toBe('127.0.0.1')
    expect(key(from('10.1.2.3'))).toBe('10.1.2.3')
    expect(key(from('2001:db8:1:2::a'))).toBe(key(from('2001:db8:1:2:ffff::1')))
    expect(key(from('2001:db8:1:2::a'))).not.toBe(key(from('2001:db8:1:3::a')))
  })

  it('gives the same keys from memory as when it first worked them out, past a full table too', () => {
    const key = rateLimitKeys(anonymous, 3)
    const addresses = ['::ffff:10.0.0.1', '2001:db8::1', '::ffff:10.0.0.2', '2001:db8:0:0:1::1', '::ffff:10.0.0.1', '2001:db8::1']
    const first = addresses.map((address) => key(from(address)))
    expect(addresses.map((address) => key(from(address)))).toEqual(first)
    expect(first).toEqual(['10.0.0.1', '2001:db8::', '10.0.0.2', '2001:db8::', '10.0.0.1', '2001:db8::'])
  })

  it('counts a signed-in request by its account, without reading its address', () => {
    const sessions = new Map<FastifyRequest, number>()
    const key = rateLimitKeys((request) => (sessions.has(request) ? { userId: sessions.get(request)!, identification: PASSWORD } : null))
    const signedIn = (userId: number) => {
      const request = Object.defineProperty({}, 'ip', {
        get: () => {
          throw new Error('the address was read')
        },
      }) as FastifyRequest
      sessions.set(request, userId)
      return request
    }
    expect(key(signedIn(7))).toBe(key(signedIn(7)))
    expect(key(signedIn(7))).not.toBe(key(signedIn(8)))
    expect(key(signedIn(7))).not.toBe(key(from('10.0.0.7')))
  })
})
