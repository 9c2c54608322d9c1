import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { generateInstance, INSTANCE_FORMAT, type Result } from '@mukana/matcher'

const ROOT = join(import.meta.dirname, '..', '..', '..')
const PACKAGE = join(ROOT, 'packages', 'matcher')
const dir = mkdtempSync(join(tmpdir(), 'mukana-match-'))

/** Where these tests keep the command line's bundle (the launcher builds it on its first run). */
const BUNDLE = join(dir, 'bundle', 'match.mjs')

/** Runs the real command line, as `pnpm -s match` does: the launcher, which runs the bundle. */
function run(args: string[], input?: string, env: NodeJS.ProcessEnv = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['packages/matcher/bin/mukana-match.mjs', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, MUKANA_MATCH_BUNDLE: BUNDLE, ...env },
    // A process that never ends (a thread left waiting) fails its test instead of stopping the run.
    timeout: 25_000,
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

function file(name: string, text: string): string {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

// Each test starts Node processes: seconds each on a loaded machine, so a budget of its own.
describe('bin/match (command line)', { timeout: 30_000 }, () => {
  const instance = generateInstance({ participants: 120, offerings: 8, choices: 4, seed: 3 })
  const instancePath = file('instance.json', JSON.stringify(instance))

  it('runs from a bundle built from the sources, again only once a source is newer, as the sources run it', () => {
    const first = run([instancePath])
    expect(first.status).toBe(0)
    const built = statSync(BUNDLE).mtimeMs
    expect(run([instancePath]).stdout).toBe(first.stdout)
    expect(statSync(BUNDLE).mtimeMs).toBe(built)
    // A bundle older than the sources is built again.
    utimesSync(BUNDLE, new Date(0), new Date(0))
    expect(run([instancePath]).stdout).toBe(first.stdout)
    expect(statSync(BUNDLE).mtimeMs).toBeGreaterThan(0)
    // So is one older than a module of the command line's own beside match.ts.
    const sources = ['src', 'bin'].flatMap((folder) => readdirSync(join(PACKAGE, folder)).map((name) => join(PACKAGE, folder, name)))
    const module = join(PACKAGE, 'bin', 'secondThread.ts')
    const newestOther = Math.max(...sources.filter((path) => path !== module).map((path) => statSync(path).mtimeMs))
    utimesSync(BUNDLE, new Date(newestOther + 1), new Date(newestOther + 1))
    const { atime } = statSync(module)
    utimesSync(module, atime, new Date(newestOther + 1000))
    expect(run([instancePath]).stdout).toBe(first.stdout)
    expect(statSync(BUNDLE).mtimeMs).toBeGreaterThan(newestOther + 1)
    const fromSources = spawnSync(process.execPath, ['--import', 'tsx', 'packages/matcher/bin/match.ts', instancePath], { cwd: ROOT, encoding: 'utf8' })
    expect(fromSources.stdout).toBe(first.stdout)
  })

  it('keeps its bundle in the temporary folder where its own place cannot be written', () => {
    // Below a file, no folder can be made: as in a read-only checkout (these tests may run as root,
    // whom permissions do not stop).
    const blocked = join(file('not-a-folder', ''), 'match.mjs')
    const temporary = mkdtempSync(join(dir, 'tmp-'))
    const ran = run([instancePath], undefined, { MUKANA_MATCH_BUNDLE: blocked, TMPDIR: temporary })
    expect(ran.stderr).toBe('')
    expect(ran.status).toBe(0)
    expect(ran.stdout).toBe(run([instancePath]).stdout)
    const kept = readdirSync(temporary).filter((name) => /^mukana-match-[0-9a-f]{16}\.mjs$/.test(name))
    expect(kept).toHaveLength(1)
    // The next run takes the bundle kept there rather than building again.
    const built = statSync(join(temporary, kept[0])).mtimeMs
    expect(run([instancePath], undefined, { MUKANA_MATCH_BUNDLE: blocked, TMPDIR: temporary }).status).toBe(0)
    expect(statSync(join(temporary, kept[0])).mtimeMs).toBe(built)
  })

  it('matches an instance file and prints the result JSON on stdout', () => {
    const { status, stdout, stderr } = run([instancePath])
    expect(stderr).toBe('')
    expect(status).toBe(0)
    const result = JSON.parse(stdout) as Result
    expect(result).toMatchObject({ format: 'mukana-match-result/1', mechanism: 'deferred-acceptance', seed: 3 })
    expect(result.summary.participants).toBe(120)
    expect(result.comparison.mechanism).toBe('max-coverage')
  })

  it('reads standard input with -, switches mechanism, and prints timings with --stats', () => {
    const { status, stdout, stderr } = run(['-', '--mechanism', 'max-coverage', '--stats'], JSON.stringify(instance))
    expect(status).toBe(0)
    expect((JSON.parse(stdout) as Result).mechanism).toBe('max-coverage')
    const stages = [...stderr.matchAll(/^(\S+) +[\d.]+ ms/gm)].map((line) => line[1])
    expect(stages).toEqual(['read', 'check', 'solve', 'compare', 'report', 'write', 'total'])
  })

  it('has a large file read, filtered and written by two threads, with the same bytes and the same errors', () => {
    const { offerings, participants, ...own } = instance
    const lines = [
      JSON.stringify(own),
      ...offerings.map((offering) => JSON.stringify({ offering })),
      ...participants.map((participant) => JSON.stringify({ participant })),
    ]
    const ndjson = file('threads.ndjson', `${lines.join('\n')}\n`)
    const alone = run([ndjson, '--stats'])
    // Any input counts as large here: the second thread reads the second half of the file.
    const threads = { MUKANA_MATCH_THREAD_FROM: '1' }
    const both = run([ndjson, '--stats'], undefined, threads)
    expect(both.status).toBe(0)
    expect(both.stdout).toBe(alone.stdout)
    expect(both.stdout).toBe(run([instancePath]).stdout)
    // The wait for the other thread is timed only where there is one.
    expect(both.stderr).toMatch(/^wait +[\d.]+ ms/m)
    expect(alone.stderr).not.toMatch(/^wait/m)
    // A JSON document is never given a thread.
    expect(run([instancePath, '--stats'], undefined, threads).stderr).not.toMatch(/^wait/m)
    // A bad line in the second half is named as a single reader names it: this thread reads that half again.
    const badLine = lines.length - 3
    const bad = [...lines]
    bad[badLine] = '{"participant": {"id": "late", "ranking": ["o1"], "grade": "third"}}'
    bad.splice(badLine + 1, 0, '{"participant": ')
    const broken = file('threads-bad.ndjson', `${bad.join('\n')}\n`)
    const refused = run([broken], undefined, threads)
    expect(refused).toMatchObject({ status: 1, stdout: '' })
    expect(refused.stderr).toContain(`threads-bad.ndjson line ${badLine + 2}: is not valid JSON`)
    expect(refused.stderr).toBe(run([broken]).stderr)
    // Bad input in the first half ends the process, the thread started and still reading.
    const early = [...lines]
    early[2] = '{"offering": {"id": "o1", "capacity": -1}}'
    const refusedEarly = run([file('threads-early.ndjson', `${early.join('\n')}\n`)], undefined, threads)
    expect(refusedEarly).toMatchObject({ status: 1, stdout: '' })
    expect(refusedEarly.stderr).toContain('offerings[1]')
  })

  it('reads newline-delimited JSON a line at a time, with the same result as the JSON instance', () => {
    const { offerings, participants, ...own } = instance
    const lines = [
      JSON.stringify(own),
      ...offerings.map((offering) => JSON.stringify({ offering })),
      '',
      ...participants.map((participant) => JSON.stringify({ participant })),
    ]
    const fromFile = run([file('instance.ndjson', `${lines.join('\n')}\n`), '--stats'])
    expect(fromFile.status).toBe(0)
    expect(fromFile.stderr).toMatch(/^memory +\d+ MB at most/m)
    expect(fromFile.stderr).toMatch(/^read\+check +[\d.]+ ms/m)
    expect(fromFile.stdout).toBe(run([instancePath]).stdout)
    const fromInput = run(['-', '--ndjson'], lines.join('\n'))
    expect(fromInput.stdout).toBe(fromFile.stdout)
    const broken = run(['-', '--ndjson'], `${lines[0]}\n{"offering": {"id": "x", "capacity": 1}}\n{"participant": \n`)
    expect(broken.status).toBe(1)
    expect(broken.stdout).toBe('')
    expect(broken.stderr).toMatch(/\(standard input\) line 3: is not valid JSON/)
  })

  it('reads lines longer than its block, non-ASCII text across blocks and Windows line endings', () => {
    const { offerings, participants, ...own } = instance
    // A participant's line of about 6 MB (the reader's block is 4 MB), and ids in UTF-8 of two and three bytes.
    const manyTags = Array.from({ length: 400_000 }, (_, i) => `tägi-${i}`)
    const renamed = (id: string) => `${id}-ä€`
    const lines = [
      JSON.stringify(own),
      ...offerings.map((offering) => JSON.stringify({ offering: { ...offering, id: renamed(offering.id) } })),
      ...participants.map((participant, i) =>
        JSON.stringify({
          participant: { ...participant, ranking: participant.ranking.map(renamed), tags: [...(participant.tags ?? []), ...(i === 5 ? manyTags : [])] },
        }),
      ),
    ]
    expect(Math.max(...lines.map((line) => line.length))).toBeGreaterThan(5 << 20)
    const { status, stdout, stderr } = run([file('long.ndjson', `${lines.join('\r\n')}\r\n`)])
    expect(stderr).toBe('')
    expect(status).toBe(0)
    const expected = JSON.parse(run([instancePath]).stdout) as Result
    expect((JSON.parse(stdout) as Result).placements).toEqual(expected.placements.map((p) => ({ ...p, offering: renamed(p.offering) })))
  })

  it('matches CSV files', () => {
    const offerings = file('offerings.csv', 'id,capacity,reserved\nriding,1,girl:1\n')
    const participants = file('participants.csv', 'id,ranking,tags\nanna,riding,girl\nbo,riding,boy\n')
    const { status, stdout } = run(['--participants', participants, '--offerings', offerings, '--seed', '5'])
    expect(status).toBe(0)
    expect((JSON.parse(stdout) as Result).placements).toEqual([{ participant: 'anna', offering: 'riding', rank: 1, round: 1, reserve: 'girl' }])
  })

  it('exits 1 on bad input, naming the problem, with nothing on stdout', () => {
    const bad = { format: INSTANCE_FORMAT, seed: 1, offerings: [{ id: 'o1', capacity: 1 }], participants: [{ id: 'p1', ranking: ['o2'] }] }
    const missing = run([file('bad.json', JSON.stringify(bad))])
    expect(missing).toMatchObject({ status: 1, stdout: '' })
    expect(missing.stderr).toContain('participants[0] (id "p1").ranking[0]: names offering "o2", which does not exist')

    const malformed = run([file('broken.json', '{"format": ')])
    expect(malformed).toMatchObject({ status: 1, stdout: '' })
    expect(malformed.stderr).toContain('broken.json: is not valid JSON')
  })

  it('exits 2 on a wrong command line, with the usage', () => {
    const wrong = [
      [],
      ['--mechanism', 'coin', instancePath],
      ['--participants', 'x.csv'],
      ['--frobnicate'],
      [join(dir, 'nowhere.json')],
      ['--compare', '--no-compare', instancePath],
    ]
    for (const args of wrong) {
      const { status, stdout, stderr } = run(args)
      expect({ args, status, stdout }).toEqual({ args, status: 2, stdout: '' })
      expect(stderr).toContain('Usage:')
    }
  })
})
