/**
 * The rush's clients, in a process of their own so that they do not share the API's event loop: one
 * request per family, all at once, each with its own token and body. Each family's connection is opened
 * (and used once, for a page that is not there) before the clock starts: the figure is the service's,
 * not the time a client takes to open a thousand sockets.
 *
 *   tsx loadGenerator.ts <plan.json>   → prints the figures as JSON
 */
import { readFileSync } from 'node:fs'
import http from 'node:http'

export interface LoadPlan {
  url: string
  requests: { token: string; body: string }[]
}

export interface LoadFigures {
  seconds: number
  requestsPerSecond: number
  p50: number
  p99: number
  max: number
  /** How many answers said what: `ok`, or the error code. */
  outcomes: Record<string, number>
  /** Answers that were not HTTP 200. */
  non2xx: number
  /** CPU seconds the load generator used while measuring (it shares the machine's cores with the API and the database). */
  cpuSeconds: number
}

const plan = JSON.parse(readFileSync(process.argv[2], 'utf8')) as LoadPlan
const target = new URL(plan.url)
const agent = new http.Agent({ keepAlive: true, maxSockets: plan.requests.length, maxFreeSockets: plan.requests.length })

function send(method: string, path: string, headers: Record<string, string>, body?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: target.hostname, port: target.port, path, method, headers, agent }, (response) => {
      let text = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (text += chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }))
    })
    request.on('error', reject)
    request.end(body)
  })
}

const percentile = (sorted: number[], p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))])

// Every connection opened first.
await Promise.all(plan.requests.map(() => send('GET', '/rush-warm-up', {})))
const outcomes: Record<string, number> = {}
const latencies: number[] = []
let non2xx = 0
const cpu = process.cpuUsage()
const started = performance.now()
await Promise.all(
  plan.requests.map(async ({ token, body }) => {
    const sent = performance.now()
    const answer = await send('POST', target.pathname, { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body)
    latencies.push(performance.now() - sent)
    if (answer.status !== 200) non2xx++
    let outcome = 'unreadable'
    try {
      const parsed = JSON.parse(answer.body) as { data?: unknown; errors?: { extensions?: { code?: string } }[] }
      outcome = parsed.errors ? (parsed.errors[0]?.extensions?.code ?? 'error') : 'ok'
    } catch {
      // counted as unreadable
    }
    outcomes[outcome] = (outcomes[outcome] ?? 0) + 1
  }),
)
const seconds = (performance.now() - started) / 1000
const used = process.cpuUsage(cpu)
latencies.sort((a, b) => a - b)
agent.destroy()
const figures: LoadFigures = {
  seconds,
  requestsPerSecond: plan.requests.length / seconds,
  p50: percentile(latencies, 0.5),
  p99: percentile(latencies, 0.99),
  max: Math.round(latencies[latencies.length - 1]),
  outcomes,
  non2xx,
  cpuSeconds: (used.user + used.system) / 1e6,
}
console.log(JSON.stringify(figures))
