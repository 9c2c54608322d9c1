import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { openDatabase, type Database } from '@mukana/api'
import { Tokens } from '../../src/modules/people/user/tokens.js'
import { cpuSeconds } from './cpuSeconds.js'
import type { LoadFigures, LoadPlan } from './loadGenerator.js'
import type { RushCity } from './seedRush.js'

const API_ROOT = fileURLToPath(new URL('../..', import.meta.url))
const ENROL = 'mutation Enrol($childId: ID!, $groupId: ID!) { enrol(childId: $childId, groupId: $groupId) { id status } }'
/** The service's floor: a signed-in family asking who it is (token check, account row, GraphQL), no enrolment's work. */
const WHO_AM_I = JSON.stringify({ query: '{ me { id } }' })

/** A round's figures, with the CPU each request cost the service and the database (ms; null off Linux). */
export interface RoundFigures extends LoadFigures {
  serviceCpuMs: number | null
  databaseCpuMs: number | null
}

/** A measured round of enrolments, with what the database holds afterwards. */
export interface RushRound extends RoundFigures {
  enrolled: number
  seatsTaken: number
}

export interface RushFigures {
  processes: number
  /** The measured rounds, each its own ten groups, one after another on the same warm service. */
  rounds: RushRound[]
  /** The same families at once asking only who they are, on the same warm service. */
  floor: RoundFigures
}

/**
 * Which checkout's service to start (its `packages/api`; default this one), the CPUs to pin it to
 * (`taskset -c`), and the Node binary to run it with (default the bench's own, or BENCH_NODE).
 */
export interface ServiceOptions {
  apiRoot?: string
  cpus?: string
  node?: string
}

/** `command` as a child process, pinned to `cpus` when given. */
function spawnPinned(command: string[], cpus: string | undefined, options: SpawnOptions): ChildProcess {
  return cpus ? spawn('taskset', ['-c', cpus, ...command], options) : spawn(command[0], command.slice(1), options)
}

/** Starts the real service (src/main.ts) with `processes` API processes on the database; resolves with its GraphQL address. */
export async function startService(
  databaseUrl: string,
  tokenSecret: string,
  processes: number,
  { apiRoot = API_ROOT, cpus, node = process.env.BENCH_NODE || process.execPath }: ServiceOptions = {},
): Promise<{ url: string; child: ChildProcess }> {
  // BENCH_CPU_PROF=<folder>: each API process writes a CPU profile there (open it in Chrome's DevTools or speedscope).
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_CPU_PROF] : []
  // As `pnpm start` runs it (package.json's start script: node with its flags, then the entry point).
  const start = (JSON.parse(readFileSync(join(apiRoot, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start.split(' ')
  if (start[0] !== 'node') throw new Error(`the start script should run node: ${start.join(' ')}`)
  const child = spawnPinned([node, ...profile, ...start.slice(1)], cpus, {
    cwd: apiRoot,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      MUKANA_DEMO: 'off',
      MUKANA_TOKEN_SECRET: tokenSecret,
      MUKANA_WORKERS: String(processes),
      MUKANA_REQUESTS_PER_MINUTE: '10000000',
      PORT: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const url = await new Promise<string>((resolve, reject) => {
    const listen = (chunk: Buffer) => {
      output += chunk
      const match = /GraphQL on (\S+)/.exec(output)
      if (match) resolve(match[1])
    }
    child.stdout!.on('data', listen)
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk))
    child.once('exit', (code) => reject(new Error(`the service stopped (${code}):\n${output}`)))
  })
  return { url, child }
}

export function stopService(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}

/** One round's enrolments: every family at once, family i for group i mod 10. */
export function enrolments(tokens: string[], city: RushCity, round: number): LoadPlan['requests'] {
  return city.families.map((family, i) => ({
    token: tokens[i],
    body: JSON.stringify({ query: ENROL, variables: { childId: String(family.childId), groupId: String(city.rounds[round][i % 10]) } }),
  }))
}

/** Runs the load generator in its own process (pinned to `cpus` when given): every request at once. */
export async function runLoad(
  url: string,
  requests: LoadPlan['requests'],
  around: { before?(): void; after?(): void } = {},
  cpus?: string,
): Promise<LoadFigures> {
  const plan: LoadPlan = { url, requests }
  const file = join(tmpdir(), `mukana-rush-${process.pid}-${Date.now()}.json`)
  writeFileSync(file, JSON.stringify(plan))
  try {
    const generator = spawnPinned([process.execPath, '--import', 'tsx', fileURLToPath(new URL('./loadGenerator.ts', import.meta.url)), file], cpus, {
      cwd: API_ROOT,
      stdio: ['pipe', 'pipe', 'inherit'],
    })
    let output = ''
    generator.stdout!.on('data', (chunk: Buffer) => {
      output += chunk
      // Connected: the caller reads the clocks, then the requests go; and again when the last answer came.
      if (output.startsWith('ready\n')) {
        output = output.slice('ready\n'.length)
        around.before?.()
        generator.stdin!.write('go\n')
      }
      if (output.startsWith('done\n')) {
        output = output.slice('done\n'.length)
        around.after?.()
      }
    })
    const code = await new Promise<number | null>((resolve) => generator.once('exit', resolve))
    if (code !== 0) throw new Error(`the load generator failed (${code}): ${output}`)
    return JSON.parse(output) as LoadFigures
  } finally {
    rmSync(file, { force: true })
  }
}

/**
 * The enrolment rush against the real service with `processes` API processes: warm-up rounds (a
 * service that has run a while has its code compiled: the first thousand requests ran at half the
 * speed of the third), then the measured ones; reads from the database, after each, how many seats
 * were given.
 */
export async function rush(
  orm: Database,
  databaseUrl: string,
  city: RushCity,
  processes: number,
  warmUpRounds: number[],
  measuredRounds: number[],
): Promise<RushFigures> {
  const tokenSecret = randomBytes(32).toString('hex')
  const signer = new Tokens(tokenSecret)
  const tokens = city.families.map((family) => signer.sign(family.userId))
  const service = await startService(databaseUrl, tokenSecret, processes)
  try {
    for (const warmUp of warmUpRounds) await runLoad(service.url, enrolments(tokens, city, warmUp))
    // CPU time read around the requests alone: not the connections, nor their first requests.
    const measured = async (requests: LoadPlan['requests']): Promise<RoundFigures> => {
      const clocks = () => [cpuSeconds({ pid: service.child.pid! }), cpuSeconds({ command: 'postgres' })]
      let before: (number | null)[] = []
      let after: (number | null)[] = []
      const figures = await runLoad(service.url, requests, { before: () => (before = clocks()), after: () => (after = clocks()) })
      const perRequest = (i: number) => (before[i] == null || after[i] == null ? null : (1000 * (after[i]! - before[i]!)) / requests.length)
      return { ...figures, serviceCpuMs: perRequest(0), databaseCpuMs: perRequest(1) }
    }
    const sql = orm.em.getConnection()
    const rounds: RushRound[] = []
    for (const round of measuredRounds) {
      const figures = await measured(enrolments(tokens, city, round))
      const ids = city.rounds[round].join(', ')
      const [{ seats }] = await sql.execute(`select sum(seats_taken) as seats from hobby_group where id in (${ids})`)
      const [{ rows }] = await sql.execute(`select count(*) as rows from enrolment where group_id in (${ids}) and status = 'enrolled'`)
      rounds.push({ ...figures, seatsTaken: Number(seats), enrolled: Number(rows) })
    }
    const whoAmI = tokens.map((token) => ({ token, body: WHO_AM_I }))
    // Its own warm-up first: the enrolments compiled the shared path, not this query's.
    await runLoad(service.url, whoAmI)
    const floor = await measured(whoAmI)
    return { processes, rounds, floor }
  } finally {
    await stopService(service.child)
  }
}

/** A fresh PostgreSQL database of its own for the rush, next to the given one. */
export async function freshDatabase(adminUrl: string, name: string): Promise<{ url: string; orm: Database }> {
  const admin = await openDatabase({ databaseUrl: adminUrl, migrate: false })
  await admin.em.getConnection().execute(`drop database if exists ${name} with (force)`)
  await admin.em.getConnection().execute(`create database ${name}`)
  await admin.close()
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  return { url: url.toString(), orm: await openDatabase({ databaseUrl: url.toString() }) }
}
