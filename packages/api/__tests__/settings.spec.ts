import { describe, expect, it } from 'vitest'
import { readSettings, SettingsError } from '../src/settings'

const SECRET = 'x'.repeat(32)
const SUPPORTED_NODE = '24.11.0'

describe('readSettings', () => {
  it('runs the demo on SQLite by default, with a secret of its own and nothing to warn about', () => {
    const settings = readSettings({})
    expect(settings.demo).toBe(true)
    expect(settings.tokenSecret).toHaveLength(64)
    expect(settings.warnings).toEqual([])
  })

  it('runs production on PostgreSQL, or with MUKANA_DEMO=off, and then needs a token secret', () => {
    expect(readSettings({ DATABASE_URL: 'postgres://db/mukana', MUKANA_TOKEN_SECRET: SECRET }, SUPPORTED_NODE)).toEqual({
      demo: false,
      tokenSecret: SECRET,
      workers: 1,
      requestsPerMinute: 600,
      databasePool: 10,
      warnings: [],
    })
    expect(readSettings({ MUKANA_DEMO: 'off', MUKANA_TOKEN_SECRET: SECRET }).demo).toBe(false)
    for (const env of [{ DATABASE_URL: 'postgres://db/mukana' }, { MUKANA_DEMO: 'off' }]) {
      expect(() => readSettings(env)).toThrow(SettingsError)
      expect(() => readSettings(env)).toThrow(/MUKANA_TOKEN_SECRET/)
    }
  })

  it('warns a production service on a Node past its end of life, and not the demo', () => {
    const production = { DATABASE_URL: 'postgres://db/mukana', MUKANA_TOKEN_SECRET: SECRET }
    expect(readSettings(production, '20.19.0').warnings).toEqual([
      "Node 20.19.0 is past its end of life: run a city's service on Node 24 (LTS), which also needs less CPU per request",
    ])
    expect(readSettings({ ...production, MUKANA_DEMO: 'off' }, '18.20.4').warnings).toHaveLength(1)
    for (const supported of ['22.12.0', SUPPORTED_NODE, '26.0.0']) expect(readSettings(production, supported).warnings).toEqual([])
    expect(readSettings({}, '20.19.0').warnings).toEqual([])
  })

  it('puts the demo on PostgreSQL with MUKANA_DEMO=on, warning once that sign-ins end at restart without a secret', () => {
    const settings = readSettings({ DATABASE_URL: 'postgres://db/mukana', MUKANA_DEMO: 'on' })
    expect(settings.demo).toBe(true)
    expect(settings.warnings).toEqual([expect.stringMatching(/MUKANA_TOKEN_SECRET is not set/)])
  })

  it('refuses a short secret and an unknown mode, in one line', () => {
    expect(() => readSettings({ MUKANA_TOKEN_SECRET: 'short' })).toThrow(/at least 32 characters/)
    expect(() => readSettings({ MUKANA_DEMO: 'yes' })).toThrow(/"on" or "off"/)
  })

  it('runs several API processes on PostgreSQL only, and reads whole numbers or says which setting is wrong', () => {
    const production = { DATABASE_URL: 'postgres://db/mukana', MUKANA_TOKEN_SECRET: SECRET }
    expect(readSettings({ ...production, MUKANA_WORKERS: '4', MUKANA_DB_POOL: '20', MUKANA_REQUESTS_PER_MINUTE: '6000' })).toMatchObject({
      workers: 4,
      databasePool: 20,
      requestsPerMinute: 6000,
    })
    expect(() => readSettings({ MUKANA_WORKERS: '2' })).toThrow(/needs PostgreSQL/)
    for (const bad of ['0', '1.5', 'two', '65'])
      expect(() => readSettings({ ...production, MUKANA_WORKERS: bad })).toThrow(`MUKANA_WORKERS must be a whole number from 1 to 64, not "${bad}"`)
    expect(() => readSettings({ ...production, MUKANA_DB_POOL: '-1' })).toThrow(/MUKANA_DB_POOL/)
  })
})
