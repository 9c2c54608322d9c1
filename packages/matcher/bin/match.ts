/**
 * The matcher's command line: `pnpm -s match INSTANCE.json` (or `-` for standard input), an instance as
 * newline-delimited JSON (`INSTANCE.ndjson`, or `--ndjson`), read and checked a block at a time, or
 * `pnpm -s match --participants P.csv --offerings O.csv --seed N`. Writes the result JSON on stdout as it
 * is serialised, in pieces;
 * on bad input prints what is wrong on stderr, prints nothing on stdout, and exits 1.
 */
import { createHash } from 'node:crypto'
import { readFileSync, writeSync } from 'node:fs'
import { parseArgs } from 'node:util'
import {
  buildResult,
  compareWith,
  compileInstance,
  type CompiledInstance,
  COMPARE_AUTOMATICALLY_UP_TO,
  instanceFromCsv,
  MatchInputError,
  MECHANISMS,
  placementsText,
  runRounds,
  type Mechanism,
  prepareResultJson,
} from '@mukana/matcher'
import { compileNdjsonFile } from './compileNdjsonFile.js'
import { cannotRead, sizeOf } from './fileBlocks.js'
import { UsageError } from './UsageError.js'
import { isSecondThread, serveParent, startSecondThread } from './secondThread.js'

const USAGE = `Usage:
  pnpm -s match [options] INSTANCE.json      (use - to read standard input)
  pnpm -s match [options] INSTANCE.ndjson    (one offering or participant per line; --ndjson for standard input)
  pnpm -s match [options] --participants P.csv --offerings O.csv --seed N [--max-placements K]
  pnpm -s match --verify BUNDLE.json         (re-run a run's verification bundle and compare its placements)

Options:
  --mechanism NAME    ${MECHANISMS.join(' | ')} (default: deferred-acceptance)
  --compare           also run the other mechanism for the comparison, however large the instance
  --no-compare        do not (by default it runs up to ${COMPARE_AUTOMATICALLY_UP_TO} participants)
  --ndjson            read the instance as newline-delimited JSON (the default for .ndjson and .jsonl files)
  --digest            print only the SHA-256 of the placements (to check a run's verification bundle)
  --stats             print timings (read, check, solve, compare, report, write) and peak memory to stderr
  --pretty            indent the JSON
  --help              show this text

The formats are described in packages/matcher/README.md.`

function readText(path: string): string {
  try {
    return readFileSync(path === '-' ? 0 : path, 'utf8')
  } catch (error) {
    throw cannotRead(path, error)
  }
}

function wholeNumber(flag: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined
  if (!/^-?\d+$/.test(text)) throw new UsageError(`--${flag} must be a whole number, got "${text}"`)
  return Number(text)
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      mechanism: { type: 'string' },
      compare: { type: 'boolean' },
      'no-compare': { type: 'boolean' },
      stats: { type: 'boolean' },
      ndjson: { type: 'boolean' },
      digest: { type: 'boolean' },
      verify: { type: 'string' },
      pretty: { type: 'boolean' },
      help: { type: 'boolean' },
      participants: { type: 'string' },
      offerings: { type: 'string' },
      seed: { type: 'string' },
      'max-placements': { type: 'string' },
    },
  })
  if (values.help) {
    process.stdout.write(`${USAGE}\n`)
    return 0
  }
  if (values.verify !== undefined) return verify(values.verify)
  const mechanism = (values.mechanism ?? 'deferred-acceptance') as Mechanism
  if (!MECHANISMS.includes(mechanism)) throw new UsageError(`--mechanism must be one of ${MECHANISMS.join(', ')}, got "${mechanism}"`)

  const timings: [string, number][] = []
  let clock = performance.now()
  const lap = (stage: string): void => {
    const now = performance.now()
    timings.push([stage, now - clock])
    clock = now
  }

  let instance: unknown
  let compiled: CompiledInstance | undefined
  const plainOutput = !values.digest && !values.pretty
  const ndjson = values.ndjson || (positionals.length === 1 && /\.(ndjson|jsonl)$/i.test(positionals[0]))
  // Only for a file of lines: a JSON document is parsed whole, and with it in memory the thread's work
  // (about 200 MB at national scale) would take the command line near 1 GB.
  const second =
    plainOutput && ndjson && positionals.length === 1 && positionals[0] !== '-'
      ? startSecondThread(new URL(import.meta.url), sizeOf(positionals[0]))
      : undefined
  if (values.participants !== undefined || values.offerings !== undefined) {
    if (!values.participants || !values.offerings) throw new UsageError('CSV input needs both --participants and --offerings')
    if (positionals.length > 0) throw new UsageError('give either an instance file or --participants/--offerings, not both')
    const seed = wholeNumber('seed', values.seed)
    if (seed === undefined) throw new UsageError('CSV input needs --seed N (the lottery is drawn from it)')
    instance = instanceFromCsv({
      participants: readText(values.participants),
      offerings: readText(values.offerings),
      participantsName: values.participants,
      offeringsName: values.offerings,
      seed,
      maxPlacements: wholeNumber('max-placements', values['max-placements']),
    })
  } else {
    if (positionals.length !== 1) throw new UsageError('give exactly one instance file, or - for standard input')
    if (values.seed !== undefined || values['max-placements'] !== undefined) {
      throw new UsageError('--seed and --max-placements are for CSV input; a JSON instance carries its own')
    }
    if (ndjson) {
      // Read and checked in one pass: each line is compiled as it is read.
      const path = positionals[0]
      compiled = await compileNdjsonFile(path, second)
      if (second) compiled.acceptable = await second.filter(compiled)
    }
  }
  if (compiled === undefined && instance === undefined) {
    const text = readText(positionals[0])
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch (error) {
      throw new MatchInputError([
        { path: positionals[0] === '-' ? '(standard input)' : positionals[0], message: `is not valid JSON: ${(error as Error).message}` },
      ])
    }
    instance = json
  }
  if (compiled) lap('read+check')
  else {
    lap('read')
    compiled = compileInstance(instance)
    // The parsed document (most of a national JSON file's memory) is not needed again.
    instance = undefined
    lap('check')
  }
  // The longest sections of the result are written by the second thread meanwhile.
  second?.instance(compiled)
  const assignment = runRounds(compiled, mechanism)
  second?.assignment(assignment)
  lap('solve')
  if (values.compare && values['no-compare']) throw new UsageError('give --compare or --no-compare, not both')
  const other = compareWith(compiled, mechanism, values.compare ? true : values['no-compare'] ? false : undefined)
  lap('compare')
  if (values.digest || values.pretty) {
    const result = buildResult(compiled, assignment, other)
    lap('report')
    writeAll(values.digest ? `${placementsDigest(result)}\n` : `${JSON.stringify(result, null, 2)}\n`)
  } else {
    // Written a megabyte at a time: a national result is never one string.
    const write = prepareResultJson(compiled, assignment, other)
    lap('report')
    const written = await second?.written()
    if (second) lap('wait')
    write(writeBytes, undefined, written)
    writeBytes(NEWLINE)
  }
  lap('write')
  if (values.stats) {
    const total = timings.reduce((sum, [, ms]) => sum + ms, 0)
    for (const [stage, ms] of timings) process.stderr.write(`${stage.padEnd(12)} ${ms.toFixed(1).padStart(9)} ms\n`)
    process.stderr.write(
      `${'total'.padEnd(12)} ${total.toFixed(1).padStart(9)} ms  (${compiled.participantCount} participants, ${compiled.offeringCount} offerings, ${assignment.participant.length} placements)\n`,
    )
    process.stderr.write(`${'memory'.padEnd(12)} ${(process.resourceUsage().maxRSS / 1024).toFixed(0).padStart(9)} MB at most (resident)\n`)
  }
  return 0
}

/** The SHA-256 of a result's placements, as verification bundles give it. */
function placementsDigest(result: { placements: Parameters<typeof placementsText>[0] }): string {
  return `sha256:${createHash('sha256').update(placementsText(result.placements)).digest('hex')}`
}

/**
 * Re-runs a verification bundle (its pseudonymised instance, with the run's mechanism) and compares the
 * placements' digest with the bundle's: 0 when they agree, 1 when they differ.
 */
function verify(path: string): number {
  let bundle: { format?: unknown; mechanism?: unknown; placementsSha256?: unknown; instance?: unknown }
  try {
    bundle = JSON.parse(readText(path)) as typeof bundle
  } catch (error) {
    if (error instanceof UsageError) throw error
    throw new MatchInputError([{ path, message: `is not valid JSON: ${(error as Error).message}` }])
  }
  if (bundle.format !== 'mukana-verification/1' || typeof bundle.placementsSha256 !== 'string' || !MECHANISMS.includes(bundle.mechanism as Mechanism)) {
    throw new MatchInputError([{ path, message: 'is not a verification bundle (format mukana-verification/1, with mechanism, placementsSha256 and instance)' }])
  }
  const compiled = compileInstance(bundle.instance)
  const digest = placementsDigest(
    buildResult(compiled, runRounds(compiled, bundle.mechanism as Mechanism), compareWith(compiled, bundle.mechanism as Mechanism, false)),
  )
  if (digest === bundle.placementsSha256) {
    process.stdout.write(`verified: the same placements (${digest})\n`)
    return 0
  }
  process.stdout.write(`DIFFERENT: the bundle says ${bundle.placementsSha256}, this run gives ${digest}\n`)
  return 1
}

/** Writes synchronously in chunks: a large result must be flushed before the process exits. */
function writeAll(text: string): void {
  writeBytes(Buffer.from(text))
}

const NEWLINE = Buffer.from('\n')

function writeBytes(buffer: Uint8Array): void {
  for (let offset = 0; offset < buffer.length;) {
    try {
      offset += writeSync(1, buffer, offset, Math.min(1 << 20, buffer.length - offset))
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error
    }
  }
}

function failed(error: unknown): void {
  if (error instanceof MatchInputError) {
    process.stderr.write(`mukana-match: bad input\n${error.message}\n`)
    process.exitCode = 1
  } else if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    process.stderr.write(`mukana-match: ${(error as Error).message}\n\n${USAGE}\n`)
    process.exitCode = 2
  } else throw error
}

if (isSecondThread()) serveParent()
else
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => failed(error),
  )
