/**
 * The README's first step for a real city, run as documented from the repository root: on an empty
 * database, `pnpm -s admin create-admin` makes the first administrator and prints a link that signs in once.
 */
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openDatabase, startApi } from '@mukana/api'

const ROOT = join(import.meta.dirname, '..')

function pnpm(args: string[], env: Record<string, string>) {
  const execPath = process.env.npm_execpath
  const [command, prefix] = execPath?.includes('pnpm') ? [process.execPath, [execPath]] : ['pnpm', []]
  return spawnSync(command, [...prefix, '-s', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } })
}

describe('pnpm -s admin create-admin', () => {
  const sqlitePath = join(tmpdir(), `mukana-admin-${randomBytes(4).toString('hex')}.sqlite`)
  afterAll(() => rmSync(sqlitePath, { force: true }))

  it('makes the first administrator of an empty database, whose link signs in once', async () => {
    const env = { MUKANA_SQLITE: sqlitePath, MUKANA_PUBLIC_URL: 'https://mukana.example.fi/' }
    const made = pnpm(['admin', 'create-admin', '--email', 'Anna.Admin@hel.fi', '--name', 'Anna Admin'], env)
    expect(made.status, made.stderr).toBe(0)
    expect(made.stdout).toContain('created the administrator anna.admin@hel.fi')
    const link = made.stdout.match(/https:\/\/mukana\.example\.fi\/sign-in#([\w-]+)/)
    expect(link, made.stdout).not.toBeNull()

    const orm = await openDatabase({ sqlitePath })
    const api = await startApi(orm, { port: 0, tokenSecret: randomBytes(32).toString('hex'), production: true })
    try {
      const use = () =>
        fetch(api.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: 'mutation ($t: String!) { signInWithLink(token: $t) { user { email role } } }', variables: { t: link![1] } }),
        }).then((r) => r.json())
      expect(await use()).toEqual({ data: { signInWithLink: { user: { email: 'anna.admin@hel.fi', role: 'ADMIN' } } } })
      expect((await use()).errors[0].extensions.code).toBe('auth/link_invalid')
    } finally {
      await api.stop()
      await orm.close()
    }
  })
})
