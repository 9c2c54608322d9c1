/**
 * The README's matcher commands, run exactly as documented from the repository root (`pnpm -s match`).
 */
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Result } from '@mukana/matcher'

const ROOT = join(import.meta.dirname, '..')
const EXAMPLES = 'packages/matcher/examples'

/** pnpm as the test run was started with (npm_execpath), or the one on PATH. */
function pnpm(args: string[], input?: string) {
  const execPath = process.env.npm_execpath
  const [command, prefix] = execPath?.includes('pnpm') ? [process.execPath, [execPath]] : ['pnpm', []]
  return spawnSync(command, [...prefix, '-s', ...args], { cwd: ROOT, input, encoding: 'utf8' })
}

function placements(stdout: string): string[] {
  return (JSON.parse(stdout) as Result).placements.map((p) => `${p.participant}>${p.offering}`)
}

describe('pnpm -s match (repository root)', () => {
  it('matches the documented JSON example, and the same survey given as CSV files gets the same placements', () => {
    const json = pnpm(['match', `${EXAMPLES}/kontula.json`])
    expect(json.status, json.stderr).toBe(0)
    expect(placements(json.stdout)).toEqual(['aino>dance-girls', 'eetu>football-mon', 'leo>riding-tue', 'sara>riding-tue', 'otto>football-mon'])
    const csv = pnpm(['match', '--participants', `${EXAMPLES}/participants.csv`, '--offerings', `${EXAMPLES}/offerings.csv`, '--seed', '2026'])
    expect(csv.status, csv.stderr).toBe(0)
    expect(placements(csv.stdout)).toEqual(placements(json.stdout))
  })

  it('explains the reserve at work: the girl with the better lottery takes the reserved riding seat', () => {
    const result = JSON.parse(pnpm(['match', `${EXAMPLES}/kontula.json`]).stdout) as Result
    const riding = result.offerings.find((o) => o.offering === 'riding-tue')
    expect(riding?.reserves).toEqual([{ tag: 'girl', seats: 1, used: 1, cutoff: { priorityTag: false, lottery: result.lottery.sara } }])
    expect(result.lottery.sara).toBeLessThan(result.lottery.aino)
  })

  it('refuses bad input from standard input with the exact place of the problem and nothing on stdout', () => {
    const bad = pnpm(
      ['match', '-'],
      JSON.stringify({ format: 'mukana-match/1', seed: 1, offerings: [{ id: 'a', capacity: 1, reserved: [{ tag: 'girl', seats: 2 }] }], participants: [] }),
    )
    expect(bad.status).toBe(1)
    expect(bad.stdout).toBe('')
    expect(bad.stderr).toContain('offerings[0] (id "a").reserved: reserves 2 seats in total, more than its capacity 1')
  })
})
