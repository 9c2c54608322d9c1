import { createHmac, randomBytes } from 'node:crypto'
import { SignJWT } from 'jose'
import { describe, expect, it } from 'vitest'
import { SESSION_SECONDS, Tokens } from '../src/modules/people/user/tokens'

const secret = randomBytes(32).toString('hex')
const tokens = new Tokens(secret)

/** A token with these header and claims, signed with `key` (HS256 over the two encoded parts). */
function handMade(header: object, claims: object, key = secret): string {
  const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url')
  const input = `${encode(header)}.${encode(claims)}`
  return `${input}.${createHmac('sha256', key).update(input).digest('base64url')}`
}
const now = () => Math.floor(Date.now() / 1000)

describe('session tokens', () => {
  it("carry how strongly the person was identified at the city's login, and nothing for a password", () => {
    expect(tokens.verify(tokens.sign(7, { loa: 'substantial', amr: ['suomi_fi'] }))).toEqual({
      userId: 7,
      identification: { loa: 'substantial', amr: ['suomi_fi'] },
    })
    expect(tokens.verify(tokens.sign(8))).toEqual({ userId: 8, identification: { loa: null, amr: [] } })
  })

  it('last SESSION_SECONDS from signing', () => {
    const [, claims] = tokens.sign(7).split('.')
    const { iat, exp, iss } = JSON.parse(Buffer.from(claims, 'base64url').toString()) as Record<string, number | string>
    expect(iss).toBe('mukana')
    expect(Number(exp) - Number(iat)).toBe(SESSION_SECONDS)
    expect(Math.abs(Number(iat) - now())).toBeLessThanOrEqual(2)
  })

  it('refuses another secret’s token and a tampered one', () => {
    expect(tokens.verify(new Tokens(randomBytes(32).toString('hex')).sign(7))).toBeNull()
    const [header, , signature] = tokens.sign(7).split('.')
    const forged = Buffer.from(JSON.stringify({ sub: '1', iss: 'mukana', loa: 'high' })).toString('base64url')
    expect(tokens.verify(`${header}.${forged}.${signature}`)).toBeNull()
  })

  it('refuses an expired token, one from another issuer, one without expiry or subject, and no signature at all', () => {
    const hs256 = { alg: 'HS256', typ: 'JWT' }
    expect(tokens.verify(handMade(hs256, { sub: '7', iss: 'mukana', exp: now() + 60 }))).toEqual({ userId: 7, identification: { loa: null, amr: [] } })
    expect(tokens.verify(handMade(hs256, { sub: '7', iss: 'mukana', exp: now() - 60 }))).toBeNull()
    expect(tokens.verify(handMade(hs256, { sub: '7', iss: 'elsewhere', exp: now() + 60 }))).toBeNull()
    expect(tokens.verify(handMade(hs256, { sub: '7', iss: 'mukana' }))).toBeNull()
    expect(tokens.verify(handMade(hs256, { iss: 'mukana', exp: now() + 60 }))).toBeNull()
    expect(tokens.verify(handMade(hs256, { sub: 'someone', iss: 'mukana', exp: now() + 60 }))).toBeNull()
    const unsigned = handMade({ alg: 'none' }, { sub: '7', iss: 'mukana', exp: now() + 60 })
      .split('.')
      .slice(0, 2)
      .join('.')
    expect(tokens.verify(`${unsigned}.`)).toBeNull()
    expect(tokens.verify(handMade({ alg: 'HS512' }, { sub: '7', iss: 'mukana', exp: now() + 60 }))).toBeNull()
    expect(tokens.verify('not a token')).toBeNull()
  })

  it('admit the sessions signed before the check became synchronous (jose, the same secret and claims)', async () => {
    const earlier = await new SignJWT({ loa: 'high' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('9')
      .setIssuer('mukana')
      .setIssuedAt()
      .setExpirationTime(`${SESSION_SECONDS}s`)
      .sign(new TextEncoder().encode(secret))
    expect(tokens.verify(earlier)).toEqual({ userId: 9, identification: { loa: 'high', amr: [] } })
  })
})
