import type { Database } from '../db/openDatabase.js'
import type { Outbox } from '../messages/Outbox.js'
import type { JobDefinition } from './JobDefinition.js'
import type { JobRunner } from './JobRunner.js'

/**
 * The jobs on SQLite, where the database is a file of one process: each job runs every `everySeconds`
 * and when nudged, never two runs of one job at once. A run that fails is logged and retried after
 * a backoff (doubling up to the job's own rhythm); the work it did not do stays in the tables for the
 * next run, so a restart loses nothing.
 */
export function inProcessJobs(
  orm: Database,
  outbox: Outbox,
  definitions: JobDefinition[],
  { log = console as Pick<Console, 'error'>, retryAfterMs = 5000 } = {},
): JobRunner {
  const state = new Map(
    definitions.map((job) => [job.name, { running: null as Promise<unknown> | null, again: false, failures: 0, timer: null as NodeJS.Timeout | null }]),
  )
  let stopped = false
  const runner: JobRunner = {
    nudge(name) {
      const job = state.get(name)
      if (!job || stopped) return
      if (job.running) job.again = true
      else schedule(name, 0)
    },
    runNow: (name) => run(name),
    async stop() {
      stopped = true
      for (const job of state.values()) if (job.timer) clearTimeout(job.timer)
      await Promise.allSettled([...state.values()].map((job) => job.running))
    },
  }
  const definition = (name: string) => definitions.find((job) => job.name === name)!

  function schedule(name: string, delayMs: number): void {
    const job = state.get(name)!
    if (job.timer) clearTimeout(job.timer)
    job.timer = setTimeout(() => void run(name).catch(() => {}), delayMs)
    job.timer.unref()
  }

  async function run(name: string): Promise<unknown> {
    const job = state.get(name)!
    if (job.running) await job.running.catch(() => {})
    const every = definition(name).everySeconds * 1000
    job.running = definition(name).run({ em: orm.em.fork(), now: new Date(), outbox, jobs: runner })
    try {
      const result = await job.running
      job.failures = 0
      return result
    } catch (error) {
      job.failures++
      log.error(`mukana: job ${name} failed (${job.failures} in a row)`, error)
      throw error
    } finally {
      job.running = null
      if (!stopped) {
        const again = job.again
        job.again = false
        schedule(name, again ? 0 : job.failures > 0 ? Math.min(every, retryAfterMs * 2 ** (job.failures - 1)) : every)
      }
    }
  }

  for (const job of definitions) schedule(job.name, 1000)
  return runner
}
