import PgBoss from 'pg-boss'
import type { Database } from '../db/openDatabase.js'
import type { Outbox } from '../messages/Outbox.js'
import { TIME_ZONE } from '../messages/formatMoment.js'
import type { JobDefinition } from './JobDefinition.js'
import type { JobRunner } from './JobRunner.js'

/** Where jobs that failed every retry end up, for an operator to look at (`select * from pgboss.job where name = 'dead-jobs'`). */
export const DEAD_LETTER = 'dead-jobs'

export interface PgBossOptions {
  connectionString: string
  /** How often an idle worker asks for work (seconds). */
  pollingIntervalSeconds?: number
}

/**
 * The jobs on PostgreSQL, with pg-boss: safe with any number of API processes on one database. Each
 * job has a queue of the `stately` policy (at most one run queued and one running, across all
 * processes), a cron schedule that pg-boss fires once however many processes keep it, retries with
 * backoff, and a dead letter. A nudge is a send to the queue, dropped when one is already waiting.
 */
export async function pgBossJobs(orm: Database, outbox: Outbox, definitions: JobDefinition[], options: PgBossOptions, log = console): Promise<JobRunner> {
  const boss = new PgBoss({ connectionString: options.connectionString, max: 4, application_name: 'mukana-jobs' })
  boss.on('error', (error) => log.error('mukana: job queue error', error))
  await boss.start()
  await ensureQueue(boss, { name: DEAD_LETTER })
  const lastNudge = new Map<string, number>()
  const runner: JobRunner = {
    nudge(name) {
      // A burst of changes in one process sends one nudge a second; the queue's policy drops the rest.
      const now = Date.now()
      if (now - (lastNudge.get(name) ?? 0) < 1000) return
      lastNudge.set(name, now)
      boss.send(name, {}).catch((error: unknown) => log.error(`mukana: could not nudge job ${name}`, error))
    },
    runNow: (name) => definitions.find((job) => job.name === name)!.run({ em: orm.em.fork(), now: new Date(), outbox, jobs: runner }),
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 })
    },
  }
  for (const job of definitions) {
    await ensureQueue(boss, {
      name: job.name,
      policy: 'stately',
      retryLimit: 4,
      retryDelay: 15,
      retryBackoff: true,
      deadLetter: DEAD_LETTER,
      expireInSeconds: 900,
    })
    await boss.schedule(job.name, job.cron, {}, { tz: TIME_ZONE })
    await boss.work(job.name, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2, batchSize: 1 }, async () => {
      await job.run({ em: orm.em.fork(), now: new Date(), outbox, jobs: runner })
    })
    // A first run at start: the schedule's next minute may be a while, and work may be waiting.
    runner.nudge(job.name)
    lastNudge.delete(job.name)
  }
  return runner
}

/**
 * Creates a queue unless it exists. Processes starting together may both try, and PostgreSQL may
 * answer one of them with a deadlock: that one looks again after a moment, and tries again if needed.
 */
async function ensureQueue(boss: PgBoss, queue: PgBoss.Queue): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    if (await boss.getQueue(queue.name)) return
    try {
      return await boss.createQueue(queue.name, queue)
    } catch (error) {
      if (attempt >= 5) throw error
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 200))
    }
  }
}
