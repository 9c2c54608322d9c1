import { pgbenchAnchor } from './pgbenchAnchor.js'
import { freshDatabase, rush, type RoundFigures, type RushFigures } from './rush.js'
import { seedRush } from './seedRush.js'

const FAMILIES = 1_000

/** CPU milliseconds per request, the API's and PostgreSQL's. */
const cpu = ({ serviceCpuMs, databaseCpuMs }: RoundFigures): string =>
  serviceCpuMs === null || databaseCpuMs === null ? '–' : `${serviceCpuMs.toFixed(2)} + ${databaseCpuMs.toFixed(2)} ms`
/** Rounds before the measured one, per API process (each process compiles its own code). */
const WARM_UP_ROUNDS = 2

/**
 * The enrolment rush on PostgreSQL: pgbench's figure for the enrolment's own SQL, then 1,000 families
 * at once against 1, 2 and 4 API processes, with the ratio to pgbench; then the floor, the same families
 * at once asking only who they are (what any signed-in request costs the service). Markdown lines.
 */
export async function rushBench(postgresUrl: string, processCounts: number[]): Promise<string[]> {
  const { url, orm } = await freshDatabase(postgresUrl, 'mukana_bench_rush')
  try {
    const rounds = processCounts.map((processes) => processes * WARM_UP_ROUNDS + 1)
    const city = await seedRush(
      orm,
      FAMILIES,
      rounds.reduce((sum, count) => sum + count, 0),
    )
    const anchor = await pgbenchAnchor(orm, url, city.rounds[0])
    const lines = [
      `pgbench, the enrolment's SQL (a conditional seat update and an insert per transaction, 50 clients, 10 hot groups): ${anchor === null ? 'pgbench not found' : `**${anchor.toFixed(0)} transactions/s**`}`,
      '',
      '| API processes | enrolments/s | of pgbench | p50 | p99 | enrolled | told full | seats taken | CPU per enrolment: API + PostgreSQL | load generator CPU | floor: "who am I?" answers/s (p99) | CPU per answer: API + PostgreSQL | enrolments/s of the floor |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ]
    for (const [i, processes] of processCounts.entries()) {
      const first = rounds.slice(0, i).reduce((sum, count) => sum + count, 0)
      const warmUp = Array.from({ length: rounds[i] - 1 }, (_, r) => first + r)
      const figures: RushFigures = await rush(orm, url, city, processes, warmUp, first + rounds[i] - 1)
      const full = figures.outcomes['enrolment/group_full'] ?? 0
      const other = Object.entries(figures.outcomes).filter(([outcome]) => outcome !== 'ok' && outcome !== 'enrolment/group_full')
      const { floor } = figures
      if (figures.enrolled !== 500 || figures.seatsTaken !== 500 || full !== 500 || other.length || figures.non2xx || floor.outcomes.ok !== FAMILIES)
        throw new Error(`the rush went wrong with ${processes} processes: ${JSON.stringify(figures)}`)
      lines.push(
        `| ${processes} | ${figures.requestsPerSecond.toFixed(0)} | ${anchor ? `${((100 * figures.requestsPerSecond) / anchor).toFixed(0)} %` : '–'} | ${figures.p50} ms | ${figures.p99} ms | ${figures.outcomes.ok} | ${full} | ${figures.seatsTaken} | ${cpu(figures)} | ${figures.cpuSeconds.toFixed(2)} s | ${floor.requestsPerSecond.toFixed(0)} (${floor.p99} ms) | ${cpu(floor)} | ${((100 * figures.requestsPerSecond) / floor.requestsPerSecond).toFixed(0)} % |`,
      )
    }
    return lines
  } finally {
    await orm.close()
  }
}
