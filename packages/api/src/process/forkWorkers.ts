import cluster, { type Worker } from 'node:cluster'
import type { Settings } from '../settings.js'

/** A process that dies sooner than this after starting is not restarted: it would only die again. */
const SETTLE_MS = 10_000

/**
 * Runs `settings.workers` API processes sharing one port (Node's cluster: this process accepts the
 * connections and hands them round the workers). They get the primary's token secret, so a session
 * signed by one is good in all. A worker that dies after settling is replaced; one that dies at start
 * (a busy port, a bad setting) stops the service with its exit code. SIGINT and SIGTERM stop them all.
 */
export function forkWorkers(settings: Settings): void {
  let stopping = false
  const startedAt = new Map<Worker, number>()
  const fork = () => startedAt.set(cluster.fork({ MUKANA_TOKEN_SECRET: settings.tokenSecret }), Date.now())
  for (let i = 0; i < settings.workers; i++) fork()
  let listening = 0
  cluster.on('listening', (_worker, address) => {
    if (++listening === settings.workers)
      console.log(`mukana: ${settings.workers} API processes; GraphQL on http://localhost:${address.port}/graphql (PostgreSQL)`)
  })
  cluster.on('exit', (worker, code, signal) => {
    const lived = Date.now() - (startedAt.get(worker) ?? 0)
    startedAt.delete(worker)
    if (stopping) {
      if (startedAt.size === 0) process.exit(0)
      return
    }
    if (lived < SETTLE_MS) {
      stopAll()
      process.exitCode = code || 1
      return
    }
    console.error(`mukana: API process ${worker.process.pid} stopped (${signal ?? `exit code ${code}`}); starting another`)
    fork()
  })
  function stopAll() {
    stopping = true
    if (startedAt.size === 0) process.exit(process.exitCode ?? 0)
    for (const worker of startedAt.keys()) worker.process.kill('SIGTERM')
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, stopAll)
}
