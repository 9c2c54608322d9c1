import { describe, expect, it } from 'vitest'
import { readSettings, SettingsError } from '../src/settings'

const SECRET = 'x'.repeat(32)

describe('readSettings', () => {
  it('runs the demo on SQLite by default, with a secret of its own and nothing to warn about', () => {
    const settings = readSettings({})
    expect(settings.demo).toBe(true)
    expect(settings.tokenSecret).toHaveLength(64)
    expect(settings.warnings).toEqual([])
  })

  it('runs production on PostgreSQL, or with MUKANA_DEMO=off, and then needs a token secret', () => {
    expect(readSettings({ DATABASE_URL: 'postgres://db/mukana', MUKANA_TOKEN_SECRET: SECRET })).toEqual({ demo: false, tokenSecret: SECRET, warnings: [] })
    expect(readSettings({ MUKANA_DEMO: 'off', MUKANA_TOKEN_SECRET: SECRET }).demo).toBe(false)
    for (const env of [{ DATABASE_URL: 'postgres://db/mukana' }, { MUKANA_DEMO: 'off' }]) {
      expect(() => readSettings(env)).toThrow(SettingsError)
      expect(() => readSettings(env)).toThrow(/MUKANA_TOKEN_SECRET/)
    }
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
})
