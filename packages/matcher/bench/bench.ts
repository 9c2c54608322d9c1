/**
 * Benchmark of the matcher on generated instances: Kontula, Helsinki and all of Finland.
 * Prints figures; asserts nothing (timings belong here, not in tests).
 *
 *   pnpm --filter @mukana/matcher bench                  all three sizes
 *   pnpm --filter @mukana/matcher bench -- --only kontula,helsinki
 *   pnpm --filter @mukana/matcher bench -- --finland-max-coverage   also max-coverage at national scale
 *   pnpm --filter @mukana/matcher bench -- --windows-share 1        every pupil reports free-time windows
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildResult, compileInstance, generateInstance, runRounds, writeResultJson, type Mechanism } from '@mukana/matcher'
import { plainDeferredAcceptance } from './plainDeferredAcceptance.js'

const SIZES = {
  kontula: { participants: 200, offerings: 25, choices: 5 },
  helsinki: { participants: 6_500, offerings: 450, choices: 10 },
  finland: { participants: 550_000, offerings: 30_000, choices: 10 },
} as const

const args = process.argv.slice(2)
const only = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : Object.keys(SIZES)
const windowsShare = args.includes('--windows-share') ? Number(args[args.indexOf('--windows-share') + 1]) : undefined
const gc = (globalThis as { gc?: () => void }).gc
if (!gc) throw new Error('run with node --expose-gc (pnpm bench does)')

const MB = 1024 * 1024
/** Collects garbage, including array buffers, which are freed a turn of the event loop after their owners. */
async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    gc?.()
    await new Promise((resolve) => setImmediate(resolve))
  }
}
const memory = (): number => {
  const { heapUsed, arrayBuffers } = process.memoryUsage()
  return heapUsed + arrayBuffers
}

interface Measured<T> {
  min: number
  median: number
  allocatedMb: number
  retainedMb: number
  value: T
}

/**
 * Wall time of `runs` calls (min and median: this machine is shared, so the minimum is the steadier
 * figure), and the heap plus array buffers the first call allocated and retained.
 */
async function measure<T>(runs: number, work: () => T): Promise<Measured<T>> {
  await settle()
  const before = memory()
  let start = performance.now()
  let value = work()
  const times = [performance.now() - start]
  const allocatedMb = (memory() - before) / MB
  await settle()
  const retainedMb = (memory() - before) / MB
  for (let i = 1; i < runs; i++) {
    start = performance.now()
    value = work()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return { min: times[0], median: times[Math.floor(times.length / 2)], allocatedMb, retainedMb, value }
}

// The command line as `pnpm -s match` runs it: its launcher, which builds its bundle first if a source changed.
const built = spawnSync(process.execPath, ['bin/mukana-match.mjs', '--help'], { encoding: 'utf8' })
if (built.status !== 0) throw new Error(`the command line does not start: ${built.stderr}`)

const rows: string[] = []
const row = (...cells: (string | number)[]): void => {
  rows.push(`| ${cells.join(' | ')} |`)
  console.log(rows[rows.length - 1])
}
const fmt = (ms: number): string => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`)

console.log(`Node ${process.version}, ${process.platform}/${process.arch}; pupils with free-time windows: ${windowsShare ?? 0.25}\n`)
row('instance', 'participants', 'offerings', 'stage', 'time (min)', 'time (median)', 'heap+buffers allocated', 'retained', 'placed')
row('---', '---:', '---:', '---', '---:', '---:', '---:', '---:', '---:')

for (const name of only) {
  const size = SIZES[name as keyof typeof SIZES]
  if (!size) throw new Error(`unknown size ${name}; use ${Object.keys(SIZES).join(', ')}`)
  // Measured on parsed JSON, as the command line sees it (generated strings are slower to hash).
  const text = JSON.stringify(generateInstance({ ...size, seed: 2026, windowsShare }))
  const instance: unknown = JSON.parse(text)
  const runs = size.participants > 100_000 ? 5 : 7
  const label = (stage: string, m: Measured<unknown>, placed: number | string = ''): void =>
    row(name, size.participants, size.offerings, stage, fmt(m.min), fmt(m.median), `${m.allocatedMb.toFixed(1)} MB`, `${m.retainedMb.toFixed(1)} MB`, placed)

  const compiled = await measure(runs, () => compileInstance(instance))
  label('check and index (validate, draw lottery, filter acceptable)', compiled)
  const c = compiled.value
  const plain = await measure(runs, () => plainDeferredAcceptance({ ranking: c.ranking, capacity: c.capacity, lotteryRank: c.lotteryRank }))
  label('anchor: plain deferred acceptance on typed arrays (no reserves, sessions, rounds)', plain, plain.value.filter((o) => o >= 0).length)
  const da = await measure(runs, () => runRounds(c, 'deferred-acceptance'))
  label(`solve: deferred acceptance with reserves and sessions (**${(da.min / plain.min).toFixed(1)}× the anchor**)`, da, da.value.participant.length)
  const mechanisms: Mechanism[] = name !== 'finland' || args.includes('--finland-max-coverage') ? ['max-coverage'] : []
  let other = undefined as ReturnType<typeof runRounds> | undefined
  for (const mechanism of mechanisms) {
    const mc = await measure(name === 'finland' ? 1 : 3, () => runRounds(c, mechanism))
    other = mc.value
    label('solve: max-coverage', mc, mc.value.participant.length)
  }
  const comparison = other ?? { mechanism: 'max-coverage', skipped: 'benchmark' }
  const report = await measure(name === 'finland' ? 1 : 3, () => buildResult(c, da.value, comparison))
  label('report (explain, plan)', report)
  let bytes = 0
  const written = await measure(name === 'finland' ? 3 : 5, () => {
    bytes = 0
    writeResultJson(c, da.value, comparison, (piece) => (bytes += piece.length))
  })
  label(`report written as JSON bytes, as the command line does (${(bytes / MB).toFixed(0)} MB, not kept)`, written)

  const dir = mkdtempSync(join(tmpdir(), 'mukana-bench-'))
  try {
    const input = join(dir, `${name}.json`)
    writeFileSync(input, text)
    const { offerings, participants, ...own } = instance as { offerings: unknown[]; participants: unknown[] }
    const lines = join(dir, `${name}.ndjson`)
    writeFileSync(
      lines,
      [own, ...offerings.map((offering) => ({ offering })), ...participants.map((participant) => ({ participant }))]
        .map((line) => `${JSON.stringify(line)}\n`)
        .join(''),
    )
    for (const [kind, file] of [
      ['JSON', input],
      ['NDJSON, compiled as it is read', lines],
    ]) {
      // This machine is shared: the fastest of a few runs is the steadier figure, as above.
      const output = join(dir, 'result.json')
      const runsOfCli = size.participants > 100_000 ? 3 : 1
      const walls: number[] = []
      let stats = ''
      for (let run = 0; run < runsOfCli; run++) {
        const start = performance.now()
        const cli = spawnSync('sh', ['-c', `"${process.execPath}" bin/mukana-match.mjs "${file}" --no-compare --stats > "${output}"`], {
          encoding: 'utf8',
          maxBuffer: 1 << 26,
        })
        walls.push(performance.now() - start)
        if (cli.status !== 0) throw new Error(`CLI failed: ${cli.stderr}`)
        if (walls[run] === Math.min(...walls)) stats = cli.stderr
      }
      const wall = Math.min(...walls)
      const peak = /^memory +(\d+) MB/m.exec(stats)?.[1] ?? '?'
      const files = `${(statSync(file).size / MB).toFixed(0)} MB of ${kind} in, ${(statSync(output).size / MB).toFixed(0)} MB out`
      // Against the anchor only where it takes long enough to measure (at national scale).
      const ratio = plain.min >= 10 ? `; **${(wall / plain.min).toFixed(0)}× the anchor**` : ''
      row(
        name,
        size.participants,
        size.offerings,
        `CLI end to end, best of ${runsOfCli} (${files}; at most ${peak} MB resident${ratio})`,
        fmt(wall),
        fmt(walls.sort((a, b) => a - b)[Math.floor(walls.length / 2)]),
        '',
        '',
        '',
      )
      console.log(stats.replace(/^/gm, '    '))
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
