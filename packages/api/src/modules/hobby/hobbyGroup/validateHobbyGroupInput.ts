import { validateSpans } from '../../../graphql/validateSpans.js'
import { fieldIssue, type FieldIssue, type FieldParams, type FieldRule } from '../../../graphql/fieldIssue.js'
import { INPUT_LIMITS, withinLimit } from '../../../graphql/inputLimits.js'
import { translationIssues } from '../../../graphql/translations.js'
import type { CreateHobbyGroupInput } from './hobbyGroup.input.js'

const ACTIVITY = /^[a-z0-9]+(-[a-z0-9]+)*$/
const TERM = /^20\d\d-(spring|autumn)$/

/** Everything wrong with a new group's input, by field; empty when it may be stored. */
export function validateHobbyGroupInput(input: CreateHobbyGroupInput): FieldIssue[] {
  const issues: FieldIssue[] = []
  const bad = (field: string, rule: FieldRule, params?: FieldParams): void => void issues.push(fieldIssue(field, rule, params))
  if (!withinLimit('name', [...input.name.trim()].length)) bad('name', 'length', INPUT_LIMITS.name)
  if (!ACTIVITY.test(input.activity)) bad('activity', 'format', { example: 'visual-arts', got: input.activity })
  if (!withinLimit('groupSeats', input.capacity)) bad('capacity', 'range', { ...INPUT_LIMITS.groupSeats, got: input.capacity })
  // Reserved seats fit in the seats; against a negative capacity the limit named ("0–-5") would be nonsense.
  const reserved = input.girlsReservedSeats ?? 0
  if (reserved < 0 || (input.capacity >= 0 && reserved > input.capacity))
    bad('girlsReservedSeats', 'range', { min: 0, max: Math.max(input.capacity, 0), got: reserved })
  if (input.grades.length === 0) bad('grades', 'required')
  input.grades.forEach((grade, i) => {
    if (!withinLimit('grade', grade)) bad(`grades[${i}]`, 'range', { ...INPUT_LIMITS.grade, got: grade })
  })
  const adultPlaces = input.adultPlaces ?? 0
  if (!withinLimit('adultPlaces', adultPlaces)) bad('adultPlaces', 'range', { ...INPUT_LIMITS.adultPlaces, got: adultPlaces })
  else if (adultPlaces > 0 && !input.familyGroup) bad('adultPlaces', 'not_allowed') // only a family group takes adults
  // Families need to know where to go: a school's group meets at the school, any other names its place.
  if (!input.schoolId && (input.venue ?? '').trim() === '') bad('venue', 'required')
  if (!TERM.test(input.term)) bad('term', 'format', { example: '2026-autumn', got: input.term })
  if (input.sessions.length === 0) bad('sessions', 'required')
  issues.push(...validateSpans('sessions', input.sessions))
  issues.push(...translationIssues(input))
  return issues
}
