/**
 * How the service is run, read from the environment once at start. Two modes:
 * - the **demo** (the default on SQLite, or MUKANA_DEMO=on): demo data and accounts on an empty database;
 * - **production** (DATABASE_URL set, or MUKANA_DEMO=off): starts empty, the first administrator comes
 *   from `pnpm -s admin create-admin`, and a token secret must be configured.
 */
import { randomBytes } from 'node:crypto'

export interface Settings {
  demo: boolean
  tokenSecret: string
  /** Said once at start, for the operator. */
  warnings: string[]
}

/** A setting the service cannot start with; its message is one line for the operator. */
export class SettingsError extends Error {}

export function readSettings(env: Record<string, string | undefined>): Settings {
  const flag = env.MUKANA_DEMO
  if (flag !== undefined && flag !== 'on' && flag !== 'off') throw new SettingsError(`MUKANA_DEMO must be "on" or "off", not "${flag}"`)
  const demo = flag === 'on' || (flag !== 'off' && !env.DATABASE_URL)
  const warnings: string[] = []
  let tokenSecret = env.MUKANA_TOKEN_SECRET
  if (tokenSecret !== undefined && tokenSecret.length < 32) throw new SettingsError('MUKANA_TOKEN_SECRET must be at least 32 characters')
  if (tokenSecret === undefined) {
    if (!demo) throw new SettingsError('set MUKANA_TOKEN_SECRET (32+ random characters) to run in production: sign-ins and links are signed with it')
    if (env.DATABASE_URL) warnings.push('MUKANA_TOKEN_SECRET is not set: sign-ins end whenever the server restarts')
    tokenSecret = randomBytes(32).toString('hex')
  }
  return { demo, tokenSecret, warnings }
}
