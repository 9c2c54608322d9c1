import type { EntityManager } from '@mikro-orm/core'
import type { Outbox } from '../messages/Outbox.js'

/** Asks for a job to run soon (after a change that queued messages, say); runs are coalesced. */
export interface JobNudge {
  nudge(name: string): void
}

/** What a job gets each run: its own unit of work, the outbox, and a way to ask other jobs to run. */
export interface JobContext {
  em: EntityManager
  now: Date
  outbox: Outbox
  jobs: JobNudge
}

/**
 * A background job. Every job is a sweep over the database's state (offers past their deadline,
 * queued messages, …), idempotent, and safe to run twice at once: a job survives a restart because
 * its work is in the tables, not in the job, and a missed run is made up by the next.
 */
export interface JobDefinition {
  name: string
  /** When it runs (cron, Helsinki time; one-minute resolution). */
  cron: string
  /** The same rhythm for the in-process runner (SQLite), in seconds. */
  everySeconds: number
  run(context: JobContext): Promise<unknown>
}

/** A sweep that queued messages has the sender run at once, not at its next minute. */
export function deliverSoon(context: JobContext, queued: number): number {
  if (queued > 0) context.jobs.nudge('deliverMessages')
  return queued
}
