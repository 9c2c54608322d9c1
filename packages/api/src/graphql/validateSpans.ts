import { parseClock } from '@mukana/matcher'
import type { FieldIssue } from './ApiError.js'

/** Problems with weekly spans (sessions, free windows), by field: `sessions[1].end`. */
export function validateSpans(field: string, spans: readonly { start: string; end: string }[]): FieldIssue[] {
  const issues: FieldIssue[] = []
  spans.forEach((span, i) => {
    const start = parseClock(span.start)
    const end = parseClock(span.end)
    if (start === null) issues.push({ field: `${field}[${i}].start`, message: `must be a time "HH:MM", got "${span.start}"` })
    if (end === null) issues.push({ field: `${field}[${i}].end`, message: `must be a time "HH:MM", got "${span.end}"` })
    if (start !== null && end !== null && end <= start) issues.push({ field: `${field}[${i}].end`, message: `must be after the start (${span.start})` })
  })
  return issues
}
