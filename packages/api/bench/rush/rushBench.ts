import { pgbenchAnchor } from './pgbenchAnchor.js'
import { freshDatabase, rush, type RoundFigures, type RushRound } from './rush.js'
import { seedRush } from './seedRush.js'

const FAMILIES = 1_000

/** CPU milliseconds per request, the API's and PostgreSQL's. */
const cpu = ({ serviceCpuMs, databaseCpuMs }: RoundFigures): string =>
  serviceCpuMs === null || databaseCpuMs === null ? '–' : `${serviceCpuMs.toFixed(2)} + ${databaseCpuMs.toFixed(2)} ms`
/** Rounds before the measured ones, per API process (each process compiles its own code). */
const WARM_UP_ROUNDS = 2
/**
 * Measured rounds per process count, the median reported: one round is half a second, and on a shared
 * two-core machine one round in a few ran a third slower or faster than its neighbours.
 */
const MEASURED_ROUNDS = 3
/** How long each pgbench run lasts. */
const ANCHOR_SECONDS = 10

/** The round of median throughput. */
function median(rounds: RushRound[]): RushRound {
  return [...rounds].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond)[Math.floor(rounds.length / 2)]
}

/**
 * The enrolment rush on PostgreSQL: for 1, 2 and 4 API processes in turn, pgbench's figure for the
 * enrolment's own SQL, then 1,000 families at once against the service, with the ratio to pgbench; then the floor, the same families
 * at once asking only who they are (what any signed-in request costs the service). Markdown lines.
 */
export async function rushBench(postgresUrl: string, processCounts: number[]): Promise<string[]> {
  const { url, orm } = await freshDatabase(postgresUrl, 'mukana_bench_rush')
  try {
    const rounds = processCounts.map((processes) => processes * WARM_UP_ROUNDS + MEASURED_ROUNDS)
    const city = await seedRush(
      orm,
      FAMILIES,
      rounds.reduce((sum, count) => sum + count, 0),
    )
    const lines = [
      `pgbench runs the enrolment's SQL (a conditional seat update and an insert per transaction, 50 clients, 10 hot groups) for ${ANCHOR_SECONDS} s just before each row, on the same machine: the machine's speed drifts over a run, and each row is compared with the database's pace at its time.`,
      `Each row: the median of ${MEASURED_ROUNDS} measured rounds (the slowest and fastest in brackets), each round 1,000 families at once for 10 fresh groups of 50 seats.`,
      '',
      '| API processes | pgbench just before (transactions/s) | enrolments/s (range) | of pgbench | p50 | p99 | enrolled | told full | seats taken | CPU per enrolment: API + PostgreSQL | load generator CPU | floor: "who am I?" answers/s (p99) | CPU per answer: API + PostgreSQL | enrolments/s of the floor |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ]
    const anchors: number[] = []
    const speeds: number[] = []
    for (const [i, processes] of processCounts.entries()) {
      const first = rounds.slice(0, i).reduce((sum, count) => sum + count, 0)
      const warmUp = Array.from({ length: processes * WARM_UP_ROUNDS }, (_, r) => first + r)
      const measured = Array.from({ length: MEASURED_ROUNDS }, (_, r) => first + warmUp.length + r)
      const anchor = await pgbenchAnchor(orm, url, city.rounds[0], ANCHOR_SECONDS)
      const figures = await rush(orm, url, city, processes, warmUp, measured)
      const { floor } = figures
      for (const round of figures.rounds) {
        const full = round.outcomes['enrolment/group_full'] ?? 0
        const other = Object.entries(round.outcomes).filter(([outcome]) => outcome !== 'ok' && outcome !== 'enrolment/group_full')
        if (round.enrolled !== 500 || round.seatsTaken !== 500 || full !== 500 || other.length || round.non2xx)
          throw new Error(`the rush went wrong with ${processes} processes: ${JSON.stringify(round)}`)
      }
      if (floor.outcomes.ok !== FAMILIES) throw new Error(`the floor went wrong with ${processes} processes: ${JSON.stringify(floor)}`)
      const mid = median(figures.rounds)
      const range = figures.rounds.map((round) => round.requestsPerSecond)
      if (anchor !== null) anchors.push(anchor)
      speeds.push(mid.requestsPerSecond)
      lines.push(
        `| ${processes} | ${anchor === null ? 'pgbench not found' : anchor.toFixed(0)} | ${mid.requestsPerSecond.toFixed(0)} (${Math.min(...range).toFixed(0)}–${Math.max(...range).toFixed(0)}) | ${anchor ? `${((100 * mid.requestsPerSecond) / anchor).toFixed(0)} %` : '–'} | ${mid.p50} ms | ${mid.p99} ms | ${mid.outcomes.ok} | ${mid.outcomes['enrolment/group_full']} | ${mid.seatsTaken} | ${cpu(mid)} | ${mid.cpuSeconds.toFixed(2)} s | ${floor.requestsPerSecond.toFixed(0)} (${floor.p99} ms) | ${cpu(floor)} | ${((100 * mid.requestsPerSecond) / floor.requestsPerSecond).toFixed(0)} % |`,
      )
    }
    if (anchors.length === processCounts.length) {
      // The stricter reading: every row against the fastest the database went in the whole run.
      const fastest = Math.max(...anchors)
      const ratios = processCounts.map((processes, i) => `${processes} process${processes > 1 ? 'es' : ''} ${((100 * speeds[i]) / fastest).toFixed(0)} %`)
      lines.push('', `Against the fastest pgbench of the run (${fastest.toFixed(0)} transactions/s): ${ratios.join(', ')}.`)
    }
    return lines
  } finally {
    await orm.close()
  }
}
