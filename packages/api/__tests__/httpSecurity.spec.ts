/**
 * What the HTTP layer promises, over real HTTP: security headers on every answer, a session cookie that
 * page scripts cannot read and other sites cannot send, refusals of forged and malformed requests, and a
 * request rate per signed-in account or address.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import helmet from 'helmet'
import { DEMO_PASSWORD } from '@mukana/api'
import { securityHeaders } from '../src/http/securityHeaders'
import { startTestApi, type TestApi } from './testApi'

const LOGIN = `mutation { login(email: "guardian@mukana.test", password: "${DEMO_PASSWORD}") { user { email } } }`

describe('the HTTP layer', () => {
  let api: TestApi
  const dir = mkdtempSync(join(tmpdir(), 'mukana-http-'))

  beforeAll(async () => {
    mkdirSync(join(dir, 'assets'), { recursive: true })
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Mukana</title>')
    api = await startTestApi('sqlite', { webRoot: dir, requestsPerMinute: 1000 })
  })
  afterAll(async () => {
    await api.close()
    rmSync(dir, { recursive: true, force: true })
  })

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })

  it('sends security headers with every answer (the app, GraphQL, refusals, a missing calendar): a CSP of its own origin, no framing, no referrer', async () => {
    const answers = [
      await fetch(`${api.origin}/guardian`),
      await post({ query: '{ me { id } }' }),
      await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' }),
      await fetch(`${api.origin}/calendar/nothing-here.ics`),
    ]
    expect(answers.map((response) => response.status)).toEqual([200, 200, 400, 404])
    for (const response of answers) {
      const csp = response.headers.get('content-security-policy') ?? ''
      expect(csp).toContain("default-src 'self'")
      expect(csp).toContain("script-src 'self'")
      expect(csp).toContain("frame-ancestors 'none'")
      expect(csp).not.toContain('upgrade-insecure-requests')
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN')
      expect(response.headers.get('referrer-policy')).toBe('no-referrer')
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    }
  })

  it('sets the headers helmet itself sets on an answer, worked out once', async () => {
    const server = createServer((request, response) => helmet(securityHeaders)(request, response, () => response.end()))
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening))
    const reference = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`)
    server.close()
    const generic = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding'])
    const helmets: [string, string | null][] = []
    reference.headers.forEach((value, name) => void (generic.has(name) || helmets.push([name, value])))
    expect(helmets.length).toBeGreaterThanOrEqual(10)
    for (const response of [await post({ query: '{ me { id } }' }), await fetch(`${api.origin}/guardian`)])
      expect(helmets.map(([name]) => [name, response.headers.get(name)])).toEqual(helmets)
  })

  it('answers a malformed address with 400, not 500', async () => {
    for (const path of ['/%E0%A4%A', '/graphql/%E0%A4%A', '/calendar/%E0%A4%A.ics', '/assets/%ZZ']) {
      const response = await fetch(api.origin + path)
      expect(response.status, path).toBeLessThan(500)
    }
    expect((await fetch(`${api.origin}/%E0%A4%A`)).status).toBe(400)
  })

  it('keeps the session in an HttpOnly, SameSite=Strict cookie that signs the browser in, and logout clears it', async () => {
    const login = await post({ query: LOGIN })
    const cookie = login.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/^mukana_session=[^;]+;/)
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Strict/i)
    expect(cookie).toMatch(/Max-Age=43200/)
    const session = cookie.split(';')[0]!
    const me = await post({ query: '{ me { email } }' }, { cookie: session })
    expect(await me.json()).toEqual({ data: { me: { email: 'guardian@mukana.test' } } })

    const logout = await post({ query: 'mutation { logout }' }, { cookie: session })
    expect(logout.headers.get('set-cookie')).toMatch(/^mukana_session=;.*Expires=Thu, 01 Jan 1970/)
  })

  it('refuses what a cross-site form could send with the cookie (CSRF): not JSON, or a GET without a preflight header', async () => {
    const session = ((await post({ query: LOGIN })).headers.get('set-cookie') ?? '').split(';')[0]!
    const form = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: session },
      body: 'query=mutation%20%7B%20logout%20%7D',
    })
    expect(form.status).toBe(415)
    const text = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', cookie: session },
      body: JSON.stringify({ query: '{ me { email } }' }),
    })
    expect(text.status).toBe(415)
    const get = await fetch(`${api.url}?query=${encodeURIComponent('{ me { email } }')}`, { headers: { cookie: session } })
    expect(get.status).toBe(400)
    expect(await get.text()).toMatch(/CSRF/)
  })
})

describe('the request rate per address', () => {
  let api: TestApi
  beforeAll(async () => {
    api = await startTestApi('sqlite', { requestsPerMinute: 15 })
  })
  afterAll(() => api.close())

  it('answers 429 with Retry-After beyond the limit, to GraphQL and calendars alike', async () => {
    const statuses = await Promise.all(
      Array.from({ length: 20 }, () =>
        fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ me { id } }' }) }).then(
          (r) => r.status,
        ),
      ),
    )
    expect(statuses.filter((s) => s === 200)).toHaveLength(15)
    expect(statuses.filter((s) => s === 429)).toHaveLength(5)
    const calendar = await fetch(`${api.origin}/calendar/x.ics`)
    expect(calendar.status).toBe(429)
    expect(calendar.headers.get('retry-after')).toMatch(/^\d+$/)
  })
})

describe('the request rate of a signed-in account', () => {
  let api: TestApi
  beforeAll(async () => {
    api = await startTestApi('sqlite', { requestsPerMinute: 15 })
  })
  afterAll(() => api.close())

  /** The statuses of `count` simultaneous `{ me { id } }` requests with this Authorization header (none: anonymous). */
  const statuses = (count: number, authorization?: string) =>
    Promise.all(
      Array.from({ length: count }, () =>
        fetch(api.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
          body: JSON.stringify({ query: '{ me { id } }' }),
        }).then((r) => r.status),
      ),
    ).then((all) => all.sort())

  it('counts against the account, not the address it shares with others; a token that does not verify counts against the address', async () => {
    // Two sign-ins: anonymous, 2 of the address's 15.
    const guardian = await api.login('guardian@mukana.test')
    const club = await api.login('club@mukana.test')
    expect(await statuses(16, `Bearer ${guardian}`)).toEqual([...Array(15).fill(200), 429])
    expect(await statuses(15, `Bearer ${club}`)).toEqual(Array(15).fill(200))
    expect(await statuses(12)).toEqual(Array(12).fill(200))
    expect(await statuses(2, `Bearer ${guardian.slice(0, -2)}xx`)).toEqual([200, 429])
    expect(await statuses(1)).toEqual([429])
  })
})
