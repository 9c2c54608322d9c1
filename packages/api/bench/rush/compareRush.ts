import type { ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { cpus } from 'node:os'
import { Tokens } from '../../src/modules/people/user/tokens.js'
import { cpuSeconds } from './cpuSeconds.js'
import { enrolments, freshDatabase, runLoad, startService, stopService } from './rush.js'
import { seedRush, type RushCity } from './seedRush.js'

const FAMILIES = 1_000
const WARM_UP_ROUNDS = 2

interface Side {
  name: 'A' | 'B'
  apiRoot: string
  url: string
  child: ChildProcess
  city: RushCity
  tokens: string[]
  nextRound: number
  rounds: { cpuMs: number; perSecond: number }[]
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const range = (values: number[], digits: number) => `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}`

/**
 * The rush on two checkouts' services side by side, for a change smaller than the machine's drift
 * (on a shared two-core machine the rush's own figures moved by a fifth between runs of the same
 * code). Each service has a database of its own, seeded alike; both are pinned to the same core and
 * the load generator to the other; their rounds alternate A B, B A, … so that each pair meets the
 * machine at the same moment. Markdown lines: each checkout's API CPU per enrolment and enrolments/s,
 * and B's CPU against A's, pair by pair. `nodes` runs a side on another Node binary (the same code on
 * two runtimes).
 */
export async function compareRush(postgresUrl: string, apiRoots: [string, string], pairs: number, nodes: [string?, string?] = []): Promise<string[]> {
  const secret = randomBytes(32).toString('hex')
  const signer = new Tokens(secret)
  // One core for the services, the other for the load; PostgreSQL goes where the kernel puts it. Off with
  // BENCH_PIN=off: pinned, a service's GC and compiler threads share its one core, which favours any
  // change that makes less of that work parallel.
  const pin = cpus().length >= 2 && process.env.BENCH_PIN !== 'off'
  const [serviceCpus, loadCpus] = pin ? ['1', '0'] : [undefined, undefined]
  const sides: Side[] = []
  try {
    for (const [i, apiRoot] of apiRoots.entries()) {
      const { url, orm } = await freshDatabase(postgresUrl, `mukana_bench_compare_${i}`)
      const city = await seedRush(orm, FAMILIES, WARM_UP_ROUNDS + pairs)
      await orm.close()
      const service = await startService(url, secret, 1, { apiRoot, cpus: serviceCpus, node: nodes[i] })
      const tokens = city.families.map((family) => signer.sign(family.userId))
      sides.push({ name: i ? 'B' : 'A', apiRoot, ...service, city, tokens, nextRound: 0, rounds: [] })
    }
    const round = async (side: Side, measured: boolean) => {
      const pid = side.child.pid!
      let before = 0
      let after = 0
      const clocks = { before: () => (before = cpuSeconds({ pid }) ?? 0), after: () => (after = cpuSeconds({ pid }) ?? 0) }
      const figures = await runLoad(side.url, enrolments(side.tokens, side.city, side.nextRound++), clocks, loadCpus)
      const refused = figures.outcomes['enrolment/group_full'] ?? 0
      if (figures.outcomes.ok !== FAMILIES / 2 || refused !== FAMILIES / 2) throw new Error(`${side.name} went wrong: ${JSON.stringify(figures.outcomes)}`)
      if (measured) side.rounds.push({ cpuMs: (1000 * (after - before)) / FAMILIES, perSecond: figures.requestsPerSecond })
    }
    for (const side of sides) for (let i = 0; i < WARM_UP_ROUNDS; i++) await round(side, false)
    for (let pair = 0; pair < pairs; pair++) for (const side of pair % 2 ? [...sides].reverse() : sides) await round(side, true)
    const [a, b] = sides
    const ratios = a.rounds.map((round, i) => b.rounds[i].cpuMs / round.cpuMs)
    return [
      `${pairs} pairs of rounds (1,000 families, 500 enrolled and 500 told full in each), alternated A B, B A, …; one API process each${serviceCpus ? ', both on CPU 1, the load generator on CPU 0' : ''}.`,
      '',
      '| checkout | API CPU per enrolment (median, range) | enrolments/s (median, range) |',
      '| --- | --- | --- |',
      ...sides.map(
        (side) =>
          `| ${side.name}: ${side.apiRoot} | ${median(side.rounds.map((r) => r.cpuMs)).toFixed(3)} ms (${range(
            side.rounds.map((r) => r.cpuMs),
            2,
          )}) | ${median(side.rounds.map((r) => r.perSecond)).toFixed(0)} (${range(
            side.rounds.map((r) => r.perSecond),
            0,
          )}) |`,
      ),
      '',
      `B's API CPU against A's, pair by pair: median ${median(ratios).toFixed(3)} (${range(ratios, 2)}); B cheaper in ${ratios.filter((r) => r < 1).length} of ${pairs}.`,
    ]
  } finally {
    for (const side of sides) await stopService(side.child)
  }
}
