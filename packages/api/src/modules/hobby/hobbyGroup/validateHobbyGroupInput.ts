import { validateSpans } from '../../../graphql/validateSpans.js'
import type { FieldIssue } from '../../../graphql/ApiError.js'
import type { CreateHobbyGroupInput } from './hobbyGroup.input.js'

const ACTIVITY = /^[a-z0-9]+(-[a-z0-9]+)*$/
const TERM = /^20\d\d-(spring|autumn)$/
const MOST_SEATS = 500

/** Everything wrong with a new group's input, by field; empty when it may be stored. */
export function validateHobbyGroupInput(input: CreateHobbyGroupInput): FieldIssue[] {
  const issues: FieldIssue[] = []
  const bad = (field: string, message: string): void => void issues.push({ field, message })
  if (input.name.trim() === '' || input.name.length > 120) bad('name', 'must be 1–120 characters')
  if (!ACTIVITY.test(input.activity)) bad('activity', `must be a catalogue code like "football" or "visual-arts", got "${input.activity}"`)
  if (!(input.capacity >= 1 && input.capacity <= MOST_SEATS)) bad('capacity', `must be 1–${MOST_SEATS}, got ${input.capacity}`)
  const reserved = input.girlsReservedSeats ?? 0
  if (reserved < 0 || reserved > input.capacity) bad('girlsReservedSeats', `must be 0–capacity (${input.capacity}), got ${reserved}`)
  if (input.grades.length === 0) bad('grades', 'name at least one grade')
  input.grades.forEach((grade, i) => {
    if (grade < 0 || grade > 10) bad(`grades[${i}]`, `must be 0–10, got ${grade}`)
  })
  // Families need to know where to go: a school's group meets at the school, any other names its place.
  if (!input.schoolId && (input.venue ?? '').trim() === '') bad('venue', 'say where the group meets (a group at a school may leave it out)')
  if (!TERM.test(input.term)) bad('term', `must be like "2026-autumn", got "${input.term}"`)
  if (input.sessions.length === 0) bad('sessions', 'give at least one weekly session')
  issues.push(...validateSpans('sessions', input.sessions))
  return issues
}
