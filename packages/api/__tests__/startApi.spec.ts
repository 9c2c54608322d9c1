import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { request } from 'node:http'
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase, startApi, type Database, type RunningApi } from '@mukana/api'

/** A raw GET, so that the test sees exactly the bytes and headers sent (fetch would decompress). */
function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
    })
      .on('error', reject)
      .end()
  })
}

describe('one port serves GraphQL, calendars and the web app', () => {
  let orm: Database
  let api: RunningApi
  const dir = mkdtempSync(join(tmpdir(), 'mukana-web-'))
  const web = join(dir, 'dist')

  beforeAll(async () => {
    mkdirSync(join(web, 'assets'), { recursive: true })
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>Mukana</title>')
    writeFileSync(join(web, 'assets', 'app-1234.js'), 'console.log("mukana")'.repeat(50))
    writeFileSync(join(dir, 'secret.txt'), 'not for the web')
    orm = await openDatabase({ sqlitePath: join(dir, 'db.sqlite') })
    api = await startApi(orm, { port: 0, tokenSecret: randomBytes(32).toString('hex'), webRoot: web })
  })
  afterAll(async () => {
    await api.stop()
    await orm.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('answers GraphQL at /graphql', async () => {
    expect(api.url).toBe(`${api.origin}/graphql`)
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ areas { id } }' }),
    })
    expect(await response.json()).toEqual({ data: { areas: [] } })
    // People's data: no browser or proxy keeps an answer.
    expect(response.headers.get('cache-control')).toBe('no-store')
    // A database without the demo data lists no demo accounts on the login page.
    const demo = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ demoAccounts { email } }' }),
    })
    expect(await demo.json()).toEqual({ data: { demoAccounts: [] } })
    const refused = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ nothing }' }) })
    expect([refused.status, refused.headers.get('cache-control')]).toEqual([400, 'no-store'])
  })

  it('refuses bodies that are not JSON, saying why', async () => {
    const form = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' })
    expect(form.status).toBe(415)
    expect(await form.text()).toMatch(/application\/json/)
    const broken = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' })
    expect(broken.status).toBe(400)
    expect(await broken.text()).toMatch(/not JSON/)
  })

  it('serves the built app: assets cached for good and compressed, every other path the app itself', async () => {
    const asset = await get(`${api.origin}/assets/app-1234.js`, { 'accept-encoding': 'gzip' })
    expect(asset.status).toBe(200)
    expect(asset.headers['content-type']).toMatch(/^(text|application)\/javascript; charset=utf-8$/)
    expect(asset.headers['cache-control']).toMatch(/immutable/)
    expect(asset.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(asset.body).toString()).toBe('console.log("mukana")'.repeat(50))
    for (const path of ['/', '/guardian/children', '/../secret.txt', '/%2e%2e/secret.txt']) {
      const page = await get(api.origin + path)
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8')
      expect(page.body.toString()).toBe('<!doctype html><title>Mukana</title>')
    }
  })
})
