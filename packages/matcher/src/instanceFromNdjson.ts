import { MatchInputError, type InputIssue } from './MatchInputError.js'

const MAX_ISSUES = 50

/**
 * An instance from newline-delimited JSON, read a line at a time, so that a national instance is
 * never one string of a hundred megabytes in memory:
 *
 *   {"format": "mukana-match-instance/1", "seed": 2026, "maxPlacements": 1}
 *   {"offering": {"id": "o1", "capacity": 20}}
 *   {"participant": {"id": "p1", "ranking": ["o1"]}}
 *
 * The first line holds the instance's own fields; each further line one offering or one participant, in
 * any order (each kind keeps its order). Blank lines are skipped. Lines that are not JSON, or not one of
 * these, are reported by line number; the instance itself is checked afterwards as any other.
 */
export function instanceFromNdjson(lines: Iterable<string>, name = 'input'): unknown {
  const issues: InputIssue[] = []
  const report = (line: number, message: string) => {
    if (issues.length < MAX_ISSUES) issues.push({ path: `${name} line ${line}`, message })
  }
  let header: Record<string, unknown> | undefined
  const offerings: unknown[] = []
  const participants: unknown[] = []
  let number = 0
  for (const line of lines) {
    number++
    if (line.trim() === '') continue
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (error) {
      report(number, `is not valid JSON: ${(error as Error).message}`)
      continue
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      report(number, 'must be a JSON object')
    } else if (header === undefined) {
      if ('offerings' in value || 'participants' in value)
        report(number, "the first line holds the instance's own fields; put offerings and participants on lines of their own")
      header = value as Record<string, unknown>
    } else {
      const keys = Object.keys(value)
      const record = value as { offering?: unknown; participant?: unknown }
      if (keys.length === 1 && keys[0] === 'offering') offerings.push(record.offering)
      else if (keys.length === 1 && keys[0] === 'participant') participants.push(record.participant)
      else report(number, 'must be {"offering": {…}} or {"participant": {…}}')
    }
  }
  if (header === undefined) report(1, "is empty: the first line holds the instance's own fields (format, seed)")
  if (issues.length > 0) throw new MatchInputError(issues)
  return { ...header, offerings, participants }
}
