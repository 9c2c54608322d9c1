import { describe, expect, it } from 'vitest'
import {
  buildResult,
  compileNdjson,
  generateInstance,
  InstanceCompiler,
  MatchInputError,
  NdjsonLines,
  readParticipantPart,
  runRounds,
  type CompiledInstance,
  type Instance,
} from '@mukana/matcher'

const encoder = new TextEncoder()

function linesOf(instance: Instance): string[] {
  const { offerings, participants, ...own } = instance
  return [
    JSON.stringify(own),
    ...offerings.map((offering) => JSON.stringify({ offering })),
    ...participants.map((participant) => JSON.stringify({ participant })),
  ]
}

/**
 * Compiles the lines as the command line's two threads do: this one reads lines [0, split), a part
 * reader the rest, and the compiler adds the part after its own; null when the part reader gave up.
 */
function compileSplit(lines: string[], split: number): CompiledInstance | null {
  const compiler = new InstanceCompiler(undefined, true)
  const first = new NdjsonLines(compiler, 'input')
  first.feed(
    lines
      .slice(0, split)
      .map((line) => `${line}\n`)
      .join(''),
  )
  // The part comes as bytes, as from a file, in a structured clone, as from another thread.
  const part = readParticipantPart([encoder.encode(lines.slice(split).join('\n'))])
  if (part === null) return null
  compiler.appendPart(structuredClone(part))
  first.end()
  return compiler.finish()
}

/** The result (and the issues, for a refused instance) of compiled lines. */
function outcome(compile: () => CompiledInstance | null): string {
  try {
    const c = compile()
    if (c === null) return 'null'
    const tagNames = new Map([...c.tagIndex].map(([name, t]) => [t, name]))
    return JSON.stringify({
      ids: c.participantIds,
      tags: Array.from(c.tags.values, (t) => tagNames.get(t)),
      result: buildResult(c, runRounds(c, 'deferred-acceptance'), { mechanism: 'max-coverage', skipped: 'test' }),
    })
  } catch (error) {
    if (error instanceof MatchInputError) return JSON.stringify(error.issues)
    throw error
  }
}

describe('readParticipantPart', () => {
  const instance = generateInstance({ participants: 400, offerings: 30, choices: 4, seed: 8, windowsShare: 0.4 })
  const lines = linesOf(instance)
  const firstParticipant = 1 + instance.offerings.length

  it('reads the part apart and the compiler adds it as if it had read it, wherever the file is split', () => {
    // Ids that are not ASCII, a line left to JSON.parse (spaced, with its own lottery number), tags met first in the part.
    const odd = [...lines]
    odd[firstParticipant + 300] = JSON.stringify({ participant: { ...instance.participants[300], id: 'Äiti-€' } })
    odd[firstParticipant + 350] = JSON.stringify({ participant: { ...instance.participants[350], lottery: 0.25, tags: ['new-tag'] } }, null, 1).replace(
      /\n/g,
      '',
    )
    // The part meets tags in another order than the whole file: its numbers are not the compiler's.
    for (const k of [1, 200, 399]) {
      const participant = instance.participants[k]
      odd[firstParticipant + k] = JSON.stringify({ participant: { ...participant, tags: [`only-${k}`, ...(participant.tags ?? []).reverse()] } })
    }
    const whole = outcome(() => compileNdjson([odd.join('\n')]))
    expect(whole).toMatch(/^\{"ids"/)
    for (const split of [firstParticipant, firstParticipant + 1, firstParticipant + 200, odd.length - 1, odd.length]) {
      expect(outcome(() => compileSplit(odd, split))).toBe(whole)
    }
  })

  it('leaves duplicates and missing offerings to the compiler, which names them as a single reader does', () => {
    const split = firstParticipant + 200
    const twice = [...lines]
    // One id again across the split, one again inside the part, and an offering no line lists.
    twice[firstParticipant + 250] = JSON.stringify({ participant: { ...instance.participants[250], id: instance.participants[10].id } })
    twice[firstParticipant + 320] = JSON.stringify({ participant: { ...instance.participants[320], id: instance.participants[300].id } })
    twice[firstParticipant + 330] = JSON.stringify({ participant: { ...instance.participants[330], ranking: ['nowhere'] } })
    const whole = outcome(() => compileNdjson([twice.join('\n')]))
    expect(whole).toContain('duplicate id')
    expect(whole).toContain('which does not exist')
    expect(outcome(() => compileSplit(twice, split))).toBe(whole)
  })

  it('gives up on a part with anything but sound participant lines, for the whole file’s reader to read', () => {
    const split = firstParticipant + 200
    const withOffering = [...lines.slice(0, -1), JSON.stringify({ offering: { id: 'late', capacity: 1 } })]
    expect(outcome(() => compileSplit(withOffering, split))).toBe('null')
    const broken = [...lines]
    broken[firstParticipant + 300] = '{"participant": '
    expect(outcome(() => compileSplit(broken, split))).toBe('null')
    const badGrade = [...lines]
    badGrade[firstParticipant + 300] = JSON.stringify({ participant: { ...instance.participants[300], grade: -3 } })
    expect(outcome(() => compileSplit(badGrade, split))).toBe('null')
  })
})
