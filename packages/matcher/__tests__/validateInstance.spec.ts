import { describe, expect, it } from 'vitest'
import { INSTANCE_FORMAT, MatchInputError, validateInstance } from '@mukana/matcher'

function valid(): Record<string, unknown> {
  return {
    format: INSTANCE_FORMAT,
    seed: 42,
    offerings: [
      { id: 'o1', capacity: 10, reserved: [{ tag: 'girl', seats: 4 }], sessions: [{ day: 'mon', start: '14:00', end: '15:30' }] },
      { id: 'o2', capacity: 12 },
    ],
    participants: [
      { id: 'p1', ranking: ['o1', 'o2'], tags: ['girl'], grade: 3, available: [{ day: 'mon', start: '13:15', end: '17:00' }] },
      { id: 'p2', ranking: [] },
    ],
  }
}

function expectValid(input: unknown): void {
  expect(() => validateInstance(input)).not.toThrow()
}

/** Expects exactly these issues, as "path: message" lines (a message may be given by a fragment). */
function expectErrors(input: unknown, expected: [path: string, fragment: string][]): void {
  let error: unknown
  try {
    validateInstance(input)
  } catch (caught) {
    error = caught
  }
  expect(error).toBeInstanceOf(MatchInputError)
  const issues = (error as MatchInputError).issues
  expect(issues.map((issue) => issue.path)).toEqual(expected.map(([path]) => path))
  issues.forEach((issue, i) => expect(issue.message).toContain(expected[i][1]))
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests break instances on purpose, field by field
function edit(change: (instance: any) => void): unknown {
  const instance = valid()
  change(instance)
  return instance
}

describe('validateInstance', () => {
  it('accepts a well-formed instance', () => {
    expectValid(valid())
    expectValid(edit((i) => (i.maxPlacements = 2)))
  })

  it('names a ranking that points at a missing offering, by participant and position', () => {
    expectErrors(
      edit((i) => (i.participants[0].ranking = ['o1', 'o9'])),
      [['participants[0] (id "p1").ranking[1]', 'names offering "o9", which does not exist']],
    )
  })

  it('names duplicate ids and a repeated offering in a ranking', () => {
    expectErrors(
      edit((i) => (i.participants[1].id = 'p1')),
      [['participants[1].id', 'duplicate id "p1", already used by participants[0]']],
    )
    expectErrors(
      edit((i) => (i.offerings[1].id = 'o1')),
      [
        ['offerings[1].id', 'duplicate id "o1"'],
        ['participants[0] (id "p1").ranking[1]', 'names offering "o2", which does not exist'],
      ],
    )
    expectErrors(
      edit((i) => (i.participants[0].ranking = ['o1', 'o1'])),
      [['participants[0] (id "p1").ranking[1]', 'names offering "o1" a second time']],
    )
  })

  it('refuses reserves above capacity and sessions that end before they start', () => {
    expectErrors(
      edit(
        (i) =>
          (i.offerings[0].reserved = [
            { tag: 'girl', seats: 8 },
            { tag: 'sv', seats: 3 },
          ]),
      ),
      [['offerings[0] (id "o1").reserved', 'reserves 11 seats in total, more than its capacity 10']],
    )
    expectErrors(
      edit((i) => (i.offerings[0].sessions[0].end = '13:00')),
      [['offerings[0] (id "o1").sessions[0].end', 'must be after start (14:00)']],
    )
    expectErrors(
      edit((i) => (i.participants[0].available[0].day = 'monday')),
      [['participants[0] (id "p1").available[0].day', 'must be one of mon, tue']],
    )
    expectErrors(
      edit((i) => (i.offerings[0].sessions[0].start = '2pm')),
      [['offerings[0] (id "o1").sessions[0].start', 'must be a time "HH:MM", got "2pm"']],
    )
  })

  it('refuses wrong types with what it got', () => {
    expectErrors(
      edit((i) => (i.offerings[1].capacity = '12')),
      [['offerings[1] (id "o2").capacity', 'must be a whole number ≥ 0, got "12"']],
    )
    expectErrors(
      edit((i) => (i.offerings[1].capacity = -1)),
      [['offerings[1] (id "o2").capacity', 'got -1']],
    )
    expectErrors(
      edit((i) => (i.seed = 1.5)),
      [['seed', 'must be a whole number, got 1.5']],
    )
    expectErrors(
      edit((i) => (i.maxPlacements = 0)),
      [['maxPlacements', 'must be a whole number ≥ 1, got 0']],
    )
    expectErrors(
      edit((i) => (i.participants[0].lottery = 'low')),
      [['participants[0] (id "p1").lottery', 'must be a finite number']],
    )
    expectErrors(
      edit((i) => (i.participants[0].tags = ['girl', ''])),
      [['participants[0] (id "p1").tags[1]', 'must be a non-empty text']],
    )
    expectErrors(
      edit((i) => (i.format = 'mukana-match/0')),
      [['format', 'must be "mukana-match/1"']],
    )
    expectErrors([], [['(instance)', 'must be a JSON object']])
    expectErrors(
      edit((i) => delete i.participants),
      [['participants', 'must be a list, got undefined']],
    )
  })

  it('names misspelt fields instead of ignoring them', () => {
    expectErrors(
      edit((i) => (i.offerings[1].capcity = 3)),
      [['offerings[1] (id "o2")', 'unknown field "capcity"']],
    )
  })

  it('reports several problems at once, but no more than fifty', () => {
    expectErrors(
      edit((i) => {
        i.seed = 'x'
        i.participants[1].ranking = ['nope']
      }),
      [
        ['seed', 'must be a whole number'],
        ['participants[1] (id "p2").ranking[0]', 'names offering "nope"'],
      ],
    )
    const many = edit((i) => (i.participants = Array.from({ length: 80 }, (_, k) => ({ id: `p${k}`, ranking: ['missing'] }))))
    expect(() => validateInstance(many)).toThrowError(MatchInputError)
    try {
      validateInstance(many)
    } catch (error) {
      expect((error as MatchInputError).issues).toHaveLength(50)
    }
  })
})
