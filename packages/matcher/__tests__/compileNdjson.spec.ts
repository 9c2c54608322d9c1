import { describe, expect, it, vi } from 'vitest'
import {
  buildResult,
  compileInstance,
  compileNdjson,
  generateInstance,
  INSTANCE_FORMAT,
  MatchInputError,
  runRounds,
  type CompiledInstance,
  type Instance,
  type WeeklySpan,
} from '@mukana/matcher'

/** An instance as NDJSON lines: its own fields, then its offerings and participants as `write` gives them. */
function linesOf(instance: Instance, write: (item: object) => string = (item) => JSON.stringify(item)): string[] {
  const { offerings, participants, ...own } = instance
  return [JSON.stringify(own), ...offerings.map((offering) => write({ offering })), ...participants.map((participant) => write({ participant }))]
}

/** The long road: the same line, but with spaces, which the quick reader leaves to JSON.parse. */
const spaced = (item: object): string => JSON.stringify(item, null, 1).replace(/\n/g, '')

/** Expects the two compiled instances to match the same way, byte for byte, and to be indexed alike. */
function expectSameCompiled(read: CompiledInstance, expected: CompiledInstance): void {
  expect(read.participantIds).toEqual(expected.participantIds)
  for (const key of ['ranking', 'tags', 'available'] as const) {
    expect(Array.from(read[key].start)).toEqual(Array.from(expected[key].start))
    expect(Array.from(read[key].values)).toEqual(Array.from(expected[key].values))
  }
  expect(Array.from(read.grade)).toEqual(Array.from(expected.grade))
  expect(Array.from(read.hasAvailability)).toEqual(Array.from(expected.hasAvailability))
  expect(Array.from(read.lottery)).toEqual(Array.from(expected.lottery))
  expect(Array.from(read.acceptable.entries)).toEqual(Array.from(expected.acceptable.entries))
  const result = (c: CompiledInstance) => JSON.stringify(buildResult(c, runRounds(c, 'deferred-acceptance'), { mechanism: 'max-coverage', skipped: 'test' }))
  expect(result(read)).toBe(result(expected))
}

function expectIssues(lines: string[], ...paths: string[]): void {
  try {
    compileNdjson([lines.join('\n')], 'in.ndjson')
    expect.unreachable('no issue reported')
  } catch (error) {
    expect(error).toBeInstanceOf(MatchInputError)
    expect((error as MatchInputError).issues.map((issue) => `${issue.path}: ${issue.message}`)).toEqual(paths)
  }
}

const HEADER = JSON.stringify({ format: INSTANCE_FORMAT, seed: 1 })
const OFFERING = '{"offering": {"id": "a", "capacity": 1, "sessions": [{"day": "mon", "start": "14:00", "end": "15:00"}]}}'

describe('compileNdjson', () => {
  const instance = generateInstance({ participants: 300, offerings: 12, choices: 4, seed: 9, windowsShare: 0.5, maxPlacements: 2 })
  instance.participants[7].lottery = 0.5
  instance.participants[8].ranking = []
  delete instance.participants[9].tags
  const expected = compileInstance(instance)

  it('compiles what the JSON form compiles, read quickly (as JSON.stringify writes) or parsed (any other spacing)', () => {
    expectSameCompiled(compileNdjson([linesOf(instance).join('\n')]), expected)
    expectSameCompiled(compileNdjson([linesOf(instance, spaced).join('\r\n')]), expected)
    // A byte order mark, as some editors save UTF-8, is not part of the first line.
    expectSameCompiled(compileNdjson([new Uint8Array([0xef, 0xbb, 0xbf]), linesOf(instance).join('\n')]), expected)
  })

  it('reads plain participant lines without JSON.parse: only the first line, the offerings and a drawn lottery are parsed', () => {
    const parse = vi.spyOn(JSON, 'parse')
    try {
      compileNdjson([linesOf(instance).join('\n')])
      // participants[7] gives its own lottery, a field the quick reader leaves to the checks.
      expect(parse).toHaveBeenCalledTimes(1 + instance.offerings.length + 1)
    } finally {
      parse.mockRestore()
    }
  })

  it('reads pieces split anywhere, offerings listed after the participants who rank them, and blank lines', () => {
    const [own, ...items] = linesOf(instance)
    const participantsFirst = [own, ...items.slice(instance.offerings.length), '   ', ...items.slice(0, instance.offerings.length)]
    const text = `${participantsFirst.join('\n')}\n`
    const pieces = Array.from({ length: Math.ceil(text.length / 7) }, (_, i) => text.slice(7 * i, 7 * i + 7))
    const read = compileNdjson(pieces)
    expect(read.participantIds).toEqual(expected.participantIds)
    expect(Array.from(read.acceptable.entries)).toEqual(Array.from(expected.acceptable.entries))
  })

  it('leaves whatever the quick reader does not take to the checks, which name the problem', () => {
    const quick = (participant: object) => JSON.stringify({ participant })
    expectIssues(
      [
        HEADER,
        OFFERING,
        quick({ id: 'p1', ranking: ['a', 'a'] }),
        quick({ id: 'p2', ranking: ['a'], grade: -1 }),
        quick({ id: 'p3', ranking: ['a'], available: [{ day: 'mon', start: '15:00', end: '14:00' }] }),
        quick({ id: 'p4', ranking: ['a'], tags: ['girl', ''] }),
        quick({ id: 'p5', ranking: ['a'], colour: 'red' }),
        '{"participant":{"id":"p\\u0031","ranking":["a"]}}',
        quick({ id: 'p7', ranking: ['a', 'b'] }),
        quick({ id: 'p8', ranking: ['a'], grade: 2.5 }),
        quick({ id: 'p9' }),
        quick({ id: 'p10', ranking: ['a'], available: [{ day: 'Mon', start: '7:00', end: '24:30' }] }),
        quick({
          id: 'p11',
          ranking: ['a'],
          available: [
            { day: 'tue', start: '14:00', end: '16:00' },
            { day: 'tue', start: '14:00' },
          ],
        }),
        quick({ id: 'p12', ranking: ['a'] }),
        quick({ id: 'p12', ranking: ['a'], grade: 3 }),
      ],
      'participants[0] (id "p1").ranking[1]: names offering "a" a second time',
      'participants[1] (id "p2").grade: must be a whole number ≥ 0, got -1',
      'participants[2] (id "p3").available[0].end: must be after start (15:00), got "14:00"',
      'participants[3] (id "p4").tags[1]: must be a non-empty text, got ""',
      'participants[4] (id "p5"): unknown field "colour" (allowed: id, ranking, tags, grade, lottery, available)',
      'participants[5].id: duplicate id "p1", already used by participants[0]',
      'participants[7] (id "p8").grade: must be a whole number ≥ 0, got 2.5',
      'participants[8] (id "p9").ranking: must be a list of offering ids, got undefined',
      'participants[9] (id "p10").available[0].day: must be one of mon, tue, wed, thu, fri, sat, sun, got "Mon"',
      'participants[9] (id "p10").available[0].start: must be a time "HH:MM", got "7:00"',
      'participants[9] (id "p10").available[0].end: must be a time "HH:MM", got "24:30"',
      'participants[10] (id "p11").available[1].end: must be a time "HH:MM", got undefined',
      'participants[12].id: duplicate id "p12", already used by participants[11]',
      'participants[6] (id "p7").ranking[1]: names offering "b", which does not exist',
    )
  })

  it('reads a window written as an earlier one by its text, and a bad window as bad each time it comes', () => {
    const mon: WeeklySpan = { day: 'mon', start: '14:00', end: '15:00' }
    const windows: WeeklySpan[][] = [[mon], [mon, { day: 'tue', start: '14:00', end: '15:00' }], [{ start: '14:00', day: 'mon', end: '15:00' }], [mon]]
    const own: Instance = {
      format: INSTANCE_FORMAT,
      seed: 1,
      offerings: [{ id: 'a', capacity: 9, sessions: [mon] }],
      participants: windows.map((available, i) => ({ id: `p${i}`, ranking: ['a'], available })),
    }
    expectSameCompiled(compileNdjson([linesOf(own).join('\n')]), compileInstance(own))
    const fine = JSON.stringify({ participant: { id: 'p1', ranking: ['a'], available: [mon] } })
    const backwards = JSON.stringify({ participant: { id: 'p2', ranking: ['a'], available: [{ day: 'mon', start: '15:00', end: '14:00' }] } })
    expectIssues(
      [HEADER, OFFERING, fine, backwards, backwards.replace('p2', 'p3')],
      'participants[1] (id "p2").available[0].end: must be after start (15:00), got "14:00"',
      'participants[2] (id "p3").available[0].end: must be after start (15:00), got "14:00"',
    )
  })

  it('names each bad line by its number', () => {
    expectIssues(
      [HEADER, OFFERING, '{"participant": ', '[1]', '{"pupil": {}}', '{"offering": {}, "participant": {}}'],
      'in.ndjson line 3: is not valid JSON: ' + jsonError('{"participant": '),
      'in.ndjson line 4: must be a JSON object',
      'in.ndjson line 5: must be {"offering": {…}} or {"participant": {…}}',
      'in.ndjson line 6: must be {"offering": {…}} or {"participant": {…}}',
    )
  })

  it('wants the instance’s own fields on the first line, and something to read', () => {
    expectIssues(
      ['{"seed": 1, "offerings": []}'],
      "in.ndjson line 1: the first line holds the instance's own fields; put offerings and participants on lines of their own",
    )
    expectIssues(['', '  '], "in.ndjson line 1: is empty: the first line holds the instance's own fields (format, seed)")
    expectIssues(['{"format": "mukana-match/0", "seed": 1}'], 'format: must be "mukana-match/1", got "mukana-match/0"')
  })
})

function jsonError(text: string): string {
  try {
    JSON.parse(text)
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('valid JSON')
}
