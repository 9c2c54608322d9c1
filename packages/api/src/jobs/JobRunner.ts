import type { JobNudge } from './JobDefinition.js'

/** Runs the jobs: pg-boss on PostgreSQL, an in-process loop on SQLite. */
export interface JobRunner extends JobNudge {
  /** Runs one job now, in this process, and waits for it (the admin command, tests). */
  runNow(name: string): Promise<unknown>
  stop(): Promise<void>
}

/** No background work at all (tests that drive the jobs themselves). */
export const NO_JOBS: JobNudge = { nudge: () => {} }
