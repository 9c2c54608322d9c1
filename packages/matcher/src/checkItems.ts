/**
 * The checks of an instance's parts, each on one parsed object: the instance's own fields, an offering,
 * a participant's own fields. Problems are named by path (`participants[12] (id "p13").grade`); the
 * InstanceCompiler runs them as items arrive and checks what spans items (ids, rankings) itself.
 */
import type { InputIssue } from './MatchInputError.js'
import { dayIndex, parseClock } from './weeklyTime.js'
import { DAYS, INSTANCE_FORMAT } from './types.js'

const MAX_ISSUES = 50
/** Reserves an offering may have: the matcher keeps which of them a participant fits in one 32-bit word. */
const MAX_RESERVES = 16

const INSTANCE_FIELDS = new Set(['format', 'seed', 'maxPlacements', 'reportTags', 'offerings', 'participants'])
const OFFERING_FIELDS = new Set(['id', 'capacity', 'activity', 'reserved', 'onlyTags', 'priorityTags', 'grades', 'sessions'])
const PARTICIPANT_FIELDS = new Set(['id', 'ranking', 'tags', 'grade', 'lottery', 'available'])
const SPAN_FIELDS = new Set(['day', 'start', 'end'])
const RESERVE_FIELDS = new Set(['tag', 'seats'])

type Json = Record<string, unknown>
/** A path built only when there is something to report: half a million participants are mostly fine. */
type Where = () => string

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function show(value: unknown): string {
  const text = JSON.stringify(value)
  return text === undefined ? String(value) : text.length > 40 ? `${text.slice(0, 40)}…` : text
}

export class IssueList {
  readonly issues: InputIssue[] = []
  /** Issues found, including those past the fifty kept. */
  count = 0
  add(where: Where, field: string, message: string): void {
    this.count++
    if (this.issues.length < MAX_ISSUES) this.issues.push({ path: where() + field, message })
  }
}

export const at =
  (path: string): Where =>
  () =>
    path
const item =
  (where: Where, field: string, index: number): Where =>
  () =>
    `${where()}${field}[${index}]`

function checkFields(issues: IssueList, where: Where, value: Json, allowed: ReadonlySet<string>): void {
  for (const key in value) {
    if (!allowed.has(key)) issues.add(where, '', `unknown field "${key}" (allowed: ${[...allowed].join(', ')})`)
  }
}

function checkWholeNumber(issues: IssueList, where: Where, field: string, value: unknown, min: number): boolean {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= min) return true
  issues.add(where, field, `must be a whole number ≥ ${min}, got ${show(value)}`)
  return false
}

export function checkText(issues: IssueList, where: Where, field: string, value: unknown): value is string {
  if (typeof value === 'string' && value !== '') return true
  issues.add(where, field, `must be a non-empty text, got ${show(value)}`)
  return false
}

function checkTexts(issues: IssueList, where: Where, field: string, value: unknown): void {
  if (!Array.isArray(value)) return issues.add(where, field, `must be a list of texts, got ${show(value)}`)
  for (let i = 0; i < value.length; i++) {
    if (typeof value[i] !== 'string' || value[i] === '') checkText(issues, where, `${field}[${i}]`, value[i])
  }
}

function checkSpans(issues: IssueList, where: Where, field: string, value: unknown): void {
  if (!Array.isArray(value)) return issues.add(where, field, `must be a list of {day, start, end}, got ${show(value)}`)
  for (let i = 0; i < value.length; i++) {
    const span = value[i]
    const spanAt = item(where, field, i)
    if (!isObject(span)) {
      issues.add(spanAt, '', `must be {day, start, end}, got ${show(span)}`)
      continue
    }
    checkFields(issues, spanAt, span, SPAN_FIELDS)
    if (typeof span.day !== 'string' || dayIndex(span.day) < 0) issues.add(spanAt, '.day', `must be one of ${DAYS.join(', ')}, got ${show(span.day)}`)
    const start = typeof span.start === 'string' ? parseClock(span.start) : null
    const end = typeof span.end === 'string' ? parseClock(span.end) : null
    if (start === null) issues.add(spanAt, '.start', `must be a time "HH:MM", got ${show(span.start)}`)
    if (end === null) issues.add(spanAt, '.end', `must be a time "HH:MM", got ${show(span.end)}`)
    if (start !== null && end !== null && end <= start) {
      issues.add(spanAt, '.end', `must be after start (${String(span.start)}), got ${show(span.end)}`)
    }
  }
}

/** An item's path with its id, when it has one: `participants[12] (id "p13")`. */
export function describe(kind: 'offerings' | 'participants', index: number, id: unknown): Where {
  return () => `${kind}[${index}]${typeof id === 'string' ? ` (id ${show(id)})` : ''}`
}

function checkReserves(issues: IssueList, where: Where, reserved: unknown, capacity: unknown): void {
  if (!Array.isArray(reserved)) return issues.add(where, '.reserved', `must be a list of {tag, seats}, got ${show(reserved)}`)
  if (reserved.length > MAX_RESERVES) issues.add(where, '.reserved', `has ${reserved.length} reserves; at most ${MAX_RESERVES} are allowed`)
  let total = 0
  const tags = new Set<string>()
  reserved.forEach((reserve, i) => {
    const reserveAt = item(where, '.reserved', i)
    if (!isObject(reserve)) return issues.add(reserveAt, '', `must be {tag, seats}, got ${show(reserve)}`)
    checkFields(issues, reserveAt, reserve, RESERVE_FIELDS)
    if (checkText(issues, reserveAt, '.tag', reserve.tag)) {
      if (tags.has(reserve.tag)) issues.add(reserveAt, '.tag', `reserves "${reserve.tag}" twice; give one reserve per tag`)
      tags.add(reserve.tag)
    }
    if (checkWholeNumber(issues, reserveAt, '.seats', reserve.seats, 0)) total += reserve.seats as number
  })
  if (typeof capacity === 'number' && Number.isSafeInteger(capacity) && total > capacity) {
    issues.add(where, '.reserved', `reserves ${total} seats in total, more than its capacity ${capacity}`)
  }
}

export function checkOffering(issues: IssueList, where: Where, offering: Json): void {
  checkFields(issues, where, offering, OFFERING_FIELDS)
  checkWholeNumber(issues, where, '.capacity', offering.capacity, 0)
  if (offering.activity !== undefined) checkText(issues, where, '.activity', offering.activity)
  if (offering.reserved !== undefined) checkReserves(issues, where, offering.reserved, offering.capacity)
  if (offering.onlyTags !== undefined) checkTexts(issues, where, '.onlyTags', offering.onlyTags)
  if (offering.priorityTags !== undefined) checkTexts(issues, where, '.priorityTags', offering.priorityTags)
  if (offering.grades !== undefined) {
    if (!Array.isArray(offering.grades)) issues.add(where, '.grades', `must be a list of whole numbers, got ${show(offering.grades)}`)
    else offering.grades.forEach((grade, i) => checkWholeNumber(issues, where, `.grades[${i}]`, grade, 0))
  }
  if (offering.sessions !== undefined) checkSpans(issues, where, '.sessions', offering.sessions)
}

/** The instance's own fields (format, seed, maxPlacements, reportTags); offerings and participants are items. */
export function checkHeader(issues: IssueList, header: Json): void {
  const root = at('')
  checkFields(issues, at('(instance)'), header, INSTANCE_FIELDS)
  if (header.format !== INSTANCE_FORMAT) issues.add(root, 'format', `must be "${INSTANCE_FORMAT}", got ${show(header.format)}`)
  if (!(typeof header.seed === 'number' && Number.isSafeInteger(header.seed))) issues.add(root, 'seed', `must be a whole number, got ${show(header.seed)}`)
  if (header.maxPlacements !== undefined) checkWholeNumber(issues, root, 'maxPlacements', header.maxPlacements, 1)
  if (header.reportTags !== undefined) checkTexts(issues, root, 'reportTags', header.reportTags)
}

/** A participant's own fields; its id and ranking are checked by the compiler, which indexes them. */
export function checkParticipant(issues: IssueList, where: Where, participant: Json): void {
  checkFields(issues, where, participant, PARTICIPANT_FIELDS)
  if (participant.tags !== undefined) checkTexts(issues, where, '.tags', participant.tags)
  if (participant.grade !== undefined) checkWholeNumber(issues, where, '.grade', participant.grade, 0)
  const lottery = participant.lottery
  if (lottery !== undefined && !(typeof lottery === 'number' && Number.isFinite(lottery))) {
    issues.add(where, '.lottery', `must be a finite number, got ${show(lottery)}`)
  }
  if (participant.available !== undefined) checkSpans(issues, where, '.available', participant.available)
}
