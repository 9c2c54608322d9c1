/**
 * Administration from the command line: `pnpm -s admin <command>` at the repository's root, on the
 * database `npm start` uses (DATABASE_URL, else MUKANA_SQLITE, else ./mukana.sqlite).
 *
 *   create-admin --email a@city.fi [--name "Name"]
 *                           an administrator and a one-time sign-in link (24 hours), printed with the
 *                           service's address (MUKANA_PUBLIC_URL, else http://localhost:$PORT)
 *   retention [--dry-run]   anonymise and delete what is past its retention period (see docs/privacy.md);
 *                           periods in days from MUKANA_RETAIN_<CLASS>_DAYS, e.g. MUKANA_RETAIN_CHILDREN_DAYS=1095
 */
import 'reflect-metadata'
import { join } from 'node:path'
import { openDatabase } from '../src/db/openDatabase.js'
import { applyRetention } from '../src/privacy/applyRetention.js'
import { createAdmin } from '../src/modules/people/user/createAdmin.js'
import { retentionPeriods } from '../src/privacy/retentionPeriods.js'
import type { RetentionPeriods } from '../src/privacy/PersonalData.js'

const ROOT = join(import.meta.dirname, '..', '..', '..')

/** The value after `--name` in the arguments. */
const option = (args: string[], name: string) => {
  const at = args.indexOf(`--${name}`)
  return at >= 0 ? args[at + 1] : undefined
}

const USAGE = 'usage: pnpm -s admin create-admin --email a@city.fi [--name "Name"] | retention [--dry-run]'
const [command, ...args] = process.argv.slice(2)
if (command !== 'retention' && command !== 'create-admin') {
  console.error(USAGE)
  process.exit(2)
}
const orm = await openDatabase({ databaseUrl: process.env.DATABASE_URL, sqlitePath: process.env.MUKANA_SQLITE ?? join(ROOT, 'mukana.sqlite') })
try {
  if (command === 'create-admin') {
    const email = option(args, 'email')
    if (!email) throw new Error(USAGE)
    const link = await createAdmin(orm.em.fork(), email, option(args, 'name') ?? '')
    const base = (process.env.MUKANA_PUBLIC_URL ?? `http://localhost:${process.env.PORT ?? 4000}`).replace(/\/$/, '')
    console.log(`${link.created ? 'created the administrator' : 'a new sign-in link for the administrator'} ${email.trim().toLowerCase()}`)
    console.log(`sign in once, before ${link.expiresAt.toISOString()}, at:\n${base}${link.path}`)
  } else {
    const report = await applyRetention(orm.em.fork(), { periods: retentionPeriods(process.env), dryRun: args.includes('--dry-run') })
    console.log(report.dryRun ? 'retention (dry run: nothing changed) would anonymise or delete:' : 'retention anonymised or deleted:')
    for (const [dataClass, rows] of Object.entries(report.classes))
      console.log(`  ${dataClass.padEnd(14)} ${String(rows).padStart(7)}   (after ${report.periods[dataClass as keyof RetentionPeriods]} days)`)
  }
} catch (error) {
  // A refusal says what is wrong in one line; anything else is a fault worth its stack.
  const issues = (error as { extensions?: { issues?: { field: string; message: string }[] } }).extensions?.issues
  if (!issues && !(error instanceof Error && error.message === USAGE)) throw error
  console.error(issues ? `mukana: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}` : USAGE)
  process.exitCode = 1
} finally {
  await orm.close()
}
