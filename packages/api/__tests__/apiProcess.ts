import { spawn, type ChildProcess } from 'node:child_process'

const API_ROOT = new URL('..', import.meta.url).pathname

export type ApiProcess = ChildProcess & { output: string[]; url: string }

/** `pnpm start`'s command, in a process of its own, until it says where GraphQL listens. */
export async function startApiProcess(env: Record<string, string>): Promise<ApiProcess> {
  const child = Object.assign(spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: API_ROOT, env: { ...process.env, ...env } }), {
    output: [] as string[],
    url: '',
  })
  child.stdout!.on('data', (chunk: Buffer) => child.output.push(chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => child.output.push(chunk.toString()))
  const until = Date.now() + 30_000
  for (;;) {
    const listening = /GraphQL on (\S+)/.exec(child.output.join(''))
    if (listening) return Object.assign(child, { url: listening[1] })
    if (Date.now() > until || child.exitCode !== null) throw new Error(`the API did not start:\n${child.output.join('')}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** Stops the processes (SIGTERM) and waits until they have exited. */
export async function stopApiProcesses(processes: ChildProcess[]): Promise<void> {
  for (const child of processes) child.kill('SIGTERM')
  await Promise.all(
    processes.map((child) => new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(null) : child.once('exit', resolve)))),
  )
}
