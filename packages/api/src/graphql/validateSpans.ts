import { parseClock } from '@mukana/matcher'
import { fieldIssue, type FieldIssue } from './fieldIssue.js'

/** Problems with weekly spans (sessions, free windows), by field: `sessions[1].end`. */
export function validateSpans(field: string, spans: readonly { start: string; end: string }[]): FieldIssue[] {
  const issues: FieldIssue[] = []
  spans.forEach((span, i) => {
    const start = parseClock(span.start)
    const end = parseClock(span.end)
    if (start === null) issues.push(fieldIssue(`${field}[${i}].start`, 'time', { got: span.start }))
    if (end === null) issues.push(fieldIssue(`${field}[${i}].end`, 'time', { got: span.end }))
    if (start !== null && end !== null && end <= start) issues.push(fieldIssue(`${field}[${i}].end`, 'after', { got: span.start }))
  })
  return issues
}
