/**
 * Background work: every module's jobs (sweeps over its tables) and the platform's own, run by pg-boss
 * on PostgreSQL (any number of API processes; each run happens once) or in-process on SQLite.
 */
import { MODULE_JOBS } from '../modules/index.js'
import { applyRetention } from '../privacy/applyRetention.js'
import { retentionPeriods } from '../privacy/retentionPeriods.js'
import type { Database } from '../db/openDatabase.js'
import type { Outbox } from '../messages/Outbox.js'
import type { JobDefinition } from './JobDefinition.js'
import { inProcessJobs } from './inProcessJobs.js'
import { pgBossJobs } from './pgBossJobs.js'
import type { JobRunner } from './JobRunner.js'

export { NO_JOBS, type JobRunner } from './JobRunner.js'
export { deliverSoon, type JobDefinition, type JobContext, type JobNudge } from './JobDefinition.js'
export { DEAD_LETTER } from './pgBossJobs.js'

/** Every job: the modules', and retention (docs/privacy.md, periods from MUKANA_RETAIN_<CLASS>_DAYS), nightly. */
export const JOBS: JobDefinition[] = [
  ...MODULE_JOBS,
  {
    name: 'applyRetention',
    cron: '30 3 * * *',
    everySeconds: 24 * 3600,
    run: ({ em, now }) => applyRetention(em, { now, periods: retentionPeriods(process.env) }),
  },
]

export interface JobOptions {
  /** postgres://… to run them with pg-boss; otherwise in this process. */
  databaseUrl?: string
  pollingIntervalSeconds?: number
}

/** Starts the jobs for this database. */
export async function startJobs(orm: Database, outbox: Outbox, options: JobOptions = {}): Promise<JobRunner> {
  if (options.databaseUrl?.startsWith('postgres'))
    return pgBossJobs(orm, outbox, JOBS, { connectionString: options.databaseUrl, pollingIntervalSeconds: options.pollingIntervalSeconds })
  return inProcessJobs(orm, outbox, JOBS)
}
