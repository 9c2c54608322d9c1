/**
 * Administration from the command line: `pnpm -s admin <command>` at the repository's root, on the
 * database `npm start` uses (DATABASE_URL, else MUKANA_SQLITE, else ./mukana.sqlite).
 *
 *   retention [--dry-run]   anonymise and delete what is past its retention period (see docs/privacy.md);
 *                           periods in days from MUKANA_RETAIN_<CLASS>_DAYS, e.g. MUKANA_RETAIN_CHILDREN_DAYS=1095
 */
import 'reflect-metadata'
import { join } from 'node:path'
import { openDatabase } from '../src/db/openDatabase.js'
import { applyRetention } from '../src/privacy/applyRetention.js'
import { DEFAULT_RETENTION, type RetentionPeriods } from '../src/privacy/PersonalData.js'

const ROOT = join(import.meta.dirname, '..', '..', '..')

/** The periods, each from its environment variable when set (a whole number of days). */
function periods(): RetentionPeriods {
  const chosen = { ...DEFAULT_RETENTION }
  for (const key of Object.keys(chosen) as (keyof RetentionPeriods)[]) {
    const name = `MUKANA_RETAIN_${key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}_DAYS`
    const value = process.env[name]
    if (value === undefined) continue
    if (!/^\d+$/.test(value)) throw new Error(`${name} must be a whole number of days, got "${value}"`)
    chosen[key] = Number(value)
  }
  return chosen
}

const [command, ...flags] = process.argv.slice(2)
if (command !== 'retention') {
  console.error('usage: pnpm -s admin retention [--dry-run]')
  process.exit(2)
}
const orm = await openDatabase({ databaseUrl: process.env.DATABASE_URL, sqlitePath: process.env.MUKANA_SQLITE ?? join(ROOT, 'mukana.sqlite') })
try {
  const report = await applyRetention(orm.em.fork(), { periods: periods(), dryRun: flags.includes('--dry-run') })
  console.log(report.dryRun ? 'retention (dry run: nothing changed) would anonymise or delete:' : 'retention anonymised or deleted:')
  for (const [dataClass, rows] of Object.entries(report.classes))
    console.log(`  ${dataClass.padEnd(14)} ${String(rows).padStart(7)}   (after ${report.periods[dataClass as keyof RetentionPeriods]} days)`)
} finally {
  await orm.close()
}
