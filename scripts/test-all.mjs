#!/usr/bin/env node
/**
 * Runs every test (vitest, all projects) and ends with one plain line, "tests: N passed, N failed",
 * that any reader of the log (a person or CI) can find. Exits non-zero when anything failed or no test ran.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const report = join(ROOT, '.tmp', 'vitest-report.json')
mkdirSync(dirname(report), { recursive: true })
rmSync(report, { force: true })
const vitest = spawnSync('pnpm', ['exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: 'inherit',
})
let counts
try {
  counts = JSON.parse(readFileSync(report, 'utf8'))
} catch {
  console.error('tests: vitest wrote no report')
  process.exit(vitest.status || 1)
}
const { numPassedTests: passed, numFailedTests: failed, numPendingTests: skipped, numTotalTests: total } = counts
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(vitest.status !== 0 || failed > 0 || total === 0 ? 1 : 0)
