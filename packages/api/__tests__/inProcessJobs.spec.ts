import { describe, expect, it } from 'vitest'
import { openDatabase } from '@mukana/api'
import { inProcessJobs } from '../src/jobs/inProcessJobs'
import type { JobDefinition } from '../src/jobs/JobDefinition'
import { Outbox } from '../src/messages/index'

const waitUntil = async (check: () => boolean, ms = 5000) => {
  const until = Date.now() + ms
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

describe('inProcessJobs (SQLite)', () => {
  it('runs a nudged job at once, never two runs of one job together, and retries a failing run', async () => {
    const orm = await openDatabase({ sqlitePath: ':memory:' })
    const outbox = new Outbox({ publicUrl: 'http://localhost', tokenSecret: 'x'.repeat(32), channels: {} })
    let running = 0
    let most = 0
    let runs = 0
    let failuresLeft = 2
    const jobs: JobDefinition[] = [
      {
        name: 'slow',
        cron: '* * * * *',
        everySeconds: 3600,
        async run() {
          most = Math.max(most, ++running)
          await new Promise((resolve) => setTimeout(resolve, 30))
          running--
          runs++
        },
      },
      {
        name: 'flaky',
        cron: '* * * * *',
        everySeconds: 3600,
        async run() {
          if (failuresLeft-- > 0) throw new Error('not yet')
        },
      },
    ]
    const failures: string[] = []
    const runner = inProcessJobs(orm, outbox, jobs, { log: { error: (message: string) => failures.push(message) }, retryAfterMs: 20 })
    try {
      await waitUntil(() => runs === 1) // the first run a second after the start
      for (let i = 0; i < 10; i++) runner.nudge('slow')
      await waitUntil(() => runs >= 2)
      await new Promise((resolve) => setTimeout(resolve, 100))
      expect(most).toBe(1)
      expect(runs).toBeLessThanOrEqual(3) // ten nudges during a run make one more run, not ten
      // Failed twice, logged each time, and run again after 20 and 40 ms rather than after its hour.
      await waitUntil(() => failuresLeft < 0)
      expect(failures).toEqual(['mukana: job flaky failed (1 in a row)', 'mukana: job flaky failed (2 in a row)'])
    } finally {
      await runner.stop()
      await orm.close()
    }
  })
})
