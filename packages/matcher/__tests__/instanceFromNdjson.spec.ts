import { describe, expect, it } from 'vitest'
import { compileInstance, generateInstance, instanceFromNdjson, MatchInputError } from '@mukana/matcher'

function expectIssues(lines: string[], ...paths: string[]): void {
  try {
    instanceFromNdjson(lines, 'in.ndjson')
    expect.unreachable('no issue reported')
  } catch (error) {
    expect(error).toBeInstanceOf(MatchInputError)
    expect((error as MatchInputError).issues.map((issue) => `${issue.path}: ${issue.message}`)).toEqual(paths)
  }
}

describe('instanceFromNdjson', () => {
  it('builds the same instance as the JSON form: own fields first, each kind in its order, blank lines skipped', () => {
    const instance = generateInstance({ participants: 30, offerings: 4, choices: 3, seed: 9 })
    const { offerings, participants, ...own } = instance
    const lines = [JSON.stringify(own), ...participants.slice(0, 10).map((participant) => JSON.stringify({ participant }))]
    lines.push(
      '   ',
      ...offerings.map((offering) => JSON.stringify({ offering })),
      ...participants.slice(10).map((participant) => JSON.stringify({ participant })),
    )
    const read = instanceFromNdjson(lines)
    expect(read).toEqual(instance)
    expect(() => compileInstance(read)).not.toThrow()
  })

  it('names each bad line by its number', () => {
    expectIssues(
      [
        '{"format": "mukana-match-instance/1", "seed": 1}',
        '{"offering": {"id": "a", "capacity": 1}}',
        '{"participant": ',
        '[1]',
        '{"pupil": {}}',
        '{"offering": {}, "participant": {}}',
      ],
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
