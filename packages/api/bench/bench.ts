/**
 * The API's benchmarks, printed as Markdown for the README and the scaling note:
 * - city scale (6,500 pupils, 450 groups): match run, publish, the offers' e-mails, on SQLite and PostgreSQL;
 *   and the culture half's 42,000 godchildren: the coordinator's figures;
 * - the enrolment rush on PostgreSQL: pgbench's figure for the same SQL, then 1,000 families at once
 *   from a separate process against 1, 2 and 4 API processes, and the ratio.
 *
 *   pnpm --filter @mukana/api bench            (BENCH_ONLY=sqlite|postgresql|rush for one part;
 *                                              BENCH_PROCESSES=1,2 for other rush process counts;
 *                                              BENCH_NODE=<node binary> runs the rush's service on another Node)
 */
import 'reflect-metadata'
import { execFileSync } from 'node:child_process'
import { cpus } from 'node:os'
import { isReachable } from '@mukana/api'
import { cityBench } from './city/cityBench.js'
import { cultureBench } from './city/cultureBench.js'
import { rushBench } from './rush/rushBench.js'

const POSTGRES_URL = process.env.MUKANA_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
const only = process.env.BENCH_ONLY
const postgres = await isReachable(POSTGRES_URL)

const serviceNode = process.env.BENCH_NODE
  ? `; the rush's service on Node ${execFileSync(process.env.BENCH_NODE, ['--version'], { encoding: 'utf8' }).trim()}`
  : ''
console.log(
  `Node ${process.version}${serviceNode}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}); the API, the database and the load share them.\n`,
)
console.log('| database | step | time |\n| --- | --- | --- |')
for (const kind of ['sqlite', 'postgresql'] as const) {
  if ((only && only !== kind) || (kind === 'postgresql' && !postgres)) continue
  for (const line of await cityBench(kind, POSTGRES_URL)) console.log(line)
  for (const line of await cultureBench(kind, POSTGRES_URL)) console.log(line)
}
if ((!only || only === 'rush') && postgres) {
  console.log('\n### The enrolment rush (PostgreSQL)\n')
  for (const line of await rushBench(POSTGRES_URL, (process.env.BENCH_PROCESSES ?? '1,2,4').split(',').map(Number))) console.log(line)
}
