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
  /** API processes on this machine (MUKANA_WORKERS, default 1); more than one needs PostgreSQL. */
  workers: number
  /**
   * Requests one signed-in account, or else one address, may make per minute to GraphQL and the
   * calendars, per process (MUKANA_REQUESTS_PER_MINUTE).
   */
  requestsPerMinute: number
  /** Connections each process keeps to the database (MUKANA_DB_POOL). */
  databasePool: number
  /** Said once at start, for the operator. */
  warnings: string[]
}

/** A setting the service cannot start with; its message is one line for the operator. */
export class SettingsError extends Error {}

/**
 * Node majors whose support has ended (Node 20 on 2026-04-30). The service still runs on them (the demo
 * needs only Node ≥ 20.19), but a city's service should not: no security fixes, and on Node 20 every
 * promise pays AsyncLocalStorage's hooks (docs/scaling.md: Node 24 took 0.76–0.79 of the CPU per enrolment).
 */
const LAST_UNSUPPORTED_MAJOR = 20

export function readSettings(env: Record<string, string | undefined>, nodeVersion = process.versions.node): Settings {
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
  if (!demo && Number(nodeVersion.split('.')[0]) <= LAST_UNSUPPORTED_MAJOR)
    warnings.push(`Node ${nodeVersion} is past its end of life: run a city's service on Node 24 (LTS), which also needs less CPU per request`)
  const workers = wholeNumber(env, 'MUKANA_WORKERS', 1, 1, 64)
  if (workers > 1 && !env.DATABASE_URL)
    throw new SettingsError('MUKANA_WORKERS above 1 needs PostgreSQL (DATABASE_URL): processes cannot share one SQLite file safely')
  return {
    demo,
    tokenSecret,
    workers,
    requestsPerMinute: wholeNumber(env, 'MUKANA_REQUESTS_PER_MINUTE', 600, 1, 10_000_000),
    databasePool: wholeNumber(env, 'MUKANA_DB_POOL', 10, 1, 500),
    warnings,
  }
}

function wholeNumber(env: Record<string, string | undefined>, name: string, fallback: number, min: number, max: number): number {
  const text = env[name]
  if (text === undefined || text === '') return fallback
  const value = Number(text)
  if (!Number.isSafeInteger(value) || value < min || value > max) throw new SettingsError(`${name} must be a whole number from ${min} to ${max}, not "${text}"`)
  return value
}
