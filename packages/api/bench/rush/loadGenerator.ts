/**
 * The rush's clients, in a process of their own so that they do not share the API's event loop: one
 * request per family, all at once, each with its own token and body. Each family's connection is opened
 * (and used once, for a page that is not there) before the clock starts: the figure is the service's,
 * not the time a client takes to open a thousand sockets.
 *
 * Plain sockets with each request's bytes written out beforehand, as wrk and autocannon do: the clients
 * share the machine's two cores with the API and the database, and Node's HTTP client cost more of them
 * (0.7 ms of CPU per request) than the database spends on an enrolment.
 *
 *   tsx loadGenerator.ts <plan.json>   → prints `ready` once connected, waits for a line on standard
 *                                        input, prints `done` when every answer came, then the figures as JSON
 *
 * The pause lets the caller read the service's CPU time around the measured requests alone, not the
 * thousand connections and their first requests.
 */
import { readFileSync } from 'node:fs'
import { connect, type Socket } from 'node:net'
import { once } from 'node:events'

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

interface Answer {
  status: number
  body: string
}

const HEAD_END = Buffer.from('\r\n\r\n')

/** One keep-alive HTTP/1.1 connection, one request at a time; answers with a Content-Length or chunked. */
class Connection {
  private pending: Buffer = Buffer.alloc(0)
  private waiting: ((answer: Answer) => void) | null = null

  private constructor(private readonly socket: Socket) {
    socket.setNoDelay(true)
    socket.on('data', (chunk: Buffer) => {
      this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk
      this.tryAnswer()
    })
  }

  static open(port: number, host: string): Promise<Connection> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, host, () => resolve(new Connection(socket)))
      socket.once('error', reject)
    })
  }

  send(request: Buffer): Promise<Answer> {
    return new Promise((resolve) => {
      this.waiting = resolve
      this.socket.write(request)
    })
  }

  close(): void {
    this.socket.destroy()
  }

  private tryAnswer(): void {
    const headEnd = this.pending.indexOf(HEAD_END)
    if (headEnd < 0 || !this.waiting) return
    const head = this.pending.toString('latin1', 0, headEnd)
    const status = Number(head.slice(9, 12))
    const length = /\r\ncontent-length: *(\d+)/i.exec(head)
    let body: string
    let used: number
    if (length) {
      used = headEnd + 4 + Number(length[1])
      if (this.pending.length < used) return
      body = this.pending.toString('utf8', headEnd + 4, used)
    } else {
      // chunked: the body is whole once the last, empty chunk has come
      const end = this.pending.indexOf('\r\n0\r\n\r\n', headEnd)
      if (end < 0) return
      used = end + 7
      body = dechunk(this.pending.subarray(headEnd + 4, used))
    }
    this.pending = this.pending.subarray(used)
    const resolve = this.waiting
    this.waiting = null
    resolve({ status, body })
  }
}

function dechunk(bytes: Buffer): string {
  const parts: Buffer[] = []
  let at = 0
  for (;;) {
    const lineEnd = bytes.indexOf('\r\n', at)
    const size = parseInt(bytes.toString('latin1', at, lineEnd), 16)
    if (!size) return Buffer.concat(parts).toString('utf8')
    parts.push(bytes.subarray(lineEnd + 2, lineEnd + 2 + size))
    at = lineEnd + 4 + size
  }
}

const percentile = (sorted: number[], p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))])

function outcomeOf(body: string): string {
  try {
    const parsed = JSON.parse(body) as { data?: unknown; errors?: { extensions?: { code?: string } }[] }
    return parsed.errors ? (parsed.errors[0]?.extensions?.code ?? 'error') : 'ok'
  } catch {
    return 'unreadable'
  }
}

const plan = JSON.parse(readFileSync(process.argv[2], 'utf8')) as LoadPlan
const target = new URL(plan.url)
const host = `Host: ${target.host}\r\n`
const requests = plan.requests.map(({ token, body }) => {
  const bytes = Buffer.from(body)
  const head = `POST ${target.pathname} HTTP/1.1\r\n${host}Content-Type: application/json\r\nAuthorization: Bearer ${token}\r\nContent-Length: ${bytes.length}\r\n\r\n`
  return Buffer.concat([Buffer.from(head, 'latin1'), bytes])
})
const warmUp = Buffer.from(`GET /rush-warm-up HTTP/1.1\r\n${host}\r\n`, 'latin1')

// Every connection opened and used once first.
const connections = await Promise.all(requests.map(() => Connection.open(Number(target.port), target.hostname)))
await Promise.all(connections.map((connection) => connection.send(warmUp)))
process.stdout.write('ready\n')
await once(process.stdin, 'data')
const answers: Answer[] = new Array(requests.length)
const latencies: number[] = []
const cpu = process.cpuUsage()
const started = performance.now()
await Promise.all(
  requests.map(async (request, i) => {
    const sent = performance.now()
    answers[i] = await connections[i].send(request)
    latencies.push(performance.now() - sent)
  }),
)
const seconds = (performance.now() - started) / 1000
const used = process.cpuUsage(cpu)
process.stdout.write('done\n')
for (const connection of connections) connection.close()
// Read after the clock stops: the answers' JSON is the load generator's work, not the service's.
const outcomes: Record<string, number> = {}
let non2xx = 0
for (const answer of answers) {
  if (answer.status !== 200) non2xx++
  const outcome = outcomeOf(answer.body)
  outcomes[outcome] = (outcomes[outcome] ?? 0) + 1
}
latencies.sort((a, b) => a - b)
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
process.stdin.destroy()
