import { MatchInputError, type InputIssue } from './MatchInputError.js'
import { dayIndex, parseClock } from './weeklyTime.js'
import { DAYS, INSTANCE_FORMAT, type Instance } from './types.js'

const MAX_ISSUES = 50
/** Reserves an offering may have: the matcher keeps which of them a participant fits in one 32-bit word. */
export const MAX_RESERVES = 16

const INSTANCE_FIELDS = new Set(['format', 'seed', 'maxPlacements', 'reportTags', 'offerings', 'participants'])
const OFFERING_FIELDS = new Set(['id', 'capacity', 'activity', 'reserved', 'onlyTags', 'priorityTags', 'grades', 'sessions'])
const PARTICIPANT_FIELDS = new Set(['id', 'ranking', 'tags', 'grade', 'lottery', 'available'])
const SPAN_FIELDS = new Set(['day', 'start', 'end'])
const RESERVE_FIELDS = new Set(['tag', 'seats'])

type Json = Record<string, unknown>
/** A path built only when there is something to report: half a million participants are mostly fine. */
type Where = () => string

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function show(value: unknown): string {
  const text = JSON.stringify(value)
  return text === undefined ? String(value) : text.length > 40 ? `${text.slice(0, 40)}…` : text
}

class IssueList {
  readonly issues: InputIssue[] = []
  add(where: Where, field: string, message: string): void {
    if (this.issues.length < MAX_ISSUES) this.issues.push({ path: where() + field, message })
  }
  get full(): boolean {
    return this.issues.length >= MAX_ISSUES
  }
}

const at =
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

function checkText(issues: IssueList, where: Where, field: string, value: unknown): value is string {
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

function describe(kind: 'offerings' | 'participants', index: number, value: Json): Where {
  return () => `${kind}[${index}]${typeof value.id === 'string' ? ` (id ${show(value.id)})` : ''}`
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

function checkOffering(issues: IssueList, where: Where, offering: Json): void {
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

/**
 * Checks rankings against the offerings and writes their offering indices from `at` on (the indexing
 * needs them too, and looking up millions of ids once is enough). `seenBy[o]` is the last participant that ranked o.
 */
function checkRanking(
  issues: IssueList,
  where: Where,
  p: number,
  ranking: unknown,
  offeringIndex: Map<string, number>,
  seenBy: Int32Array,
  into: Int32Array,
  at: number,
): void {
  if (!Array.isArray(ranking)) return issues.add(where, '.ranking', `must be a list of offering ids, got ${show(ranking)}`)
  for (let i = 0; i < ranking.length; i++) {
    const id = ranking[i]
    const o = typeof id === 'string' ? offeringIndex.get(id) : undefined
    if (o !== undefined && seenBy[o] !== p) {
      seenBy[o] = p
      into[at + i] = o
      continue
    }
    if (typeof id !== 'string') issues.add(where, `.ranking[${i}]`, `must be an offering id, got ${show(id)}`)
    else if (o === undefined) issues.add(where, `.ranking[${i}]`, `names offering ${show(id)}, which does not exist`)
    else issues.add(where, `.ranking[${i}]`, `names offering ${show(id)} a second time`)
  }
}

function checkParticipant(issues: IssueList, where: Where, participant: Json): void {
  checkFields(issues, where, participant, PARTICIPANT_FIELDS)
  if (participant.tags !== undefined) checkTexts(issues, where, '.tags', participant.tags)
  if (participant.grade !== undefined) checkWholeNumber(issues, where, '.grade', participant.grade, 0)
  const lottery = participant.lottery
  if (lottery !== undefined && !(typeof lottery === 'number' && Number.isFinite(lottery))) {
    issues.add(where, '.lottery', `must be a finite number, got ${show(lottery)}`)
  }
  if (participant.available !== undefined) checkSpans(issues, where, '.available', participant.available)
}

/** Checks that every item is an object with a unique non-empty id; returns id → first index. */
function checkIds(issues: IssueList, kind: 'offerings' | 'participants', items: unknown[]): Map<string, number> {
  const first = new Map<string, number>()
  for (let i = 0; i < items.length; i++) {
    const value = items[i]
    if (!isObject(value)) {
      issues.add(at(`${kind}[${i}]`), '', `must be an object, got ${show(value)}`)
      continue
    }
    if (typeof value.id !== 'string' || value.id === '') {
      checkText(issues, at(`${kind}[${i}]`), '.id', value.id)
      continue
    }
    const earlier = first.get(value.id)
    if (earlier !== undefined) issues.add(at(`${kind}[${i}]`), '.id', `duplicate id ${show(value.id)}, already used by ${kind}[${earlier}]`)
    else first.set(value.id, i)
  }
  return first
}

/** A valid instance, and its rankings as offering indices (participant p's are values[start[p] ..< start[p + 1]]). */
export interface CheckedInstance {
  instance: Instance
  ranking: { start: Int32Array; values: Int32Array }
}

/**
 * Checks that `input` is a well-formed `mukana-match/1` instance and returns it typed.
 * Throws a MatchInputError naming each problem by its path (`participants[12] (id "p13").ranking[2]`).
 */
export function validateInstance(input: unknown): Instance {
  return checkInstance(input).instance
}

/** validateInstance, also returning the rankings as offering indices. */
export function checkInstance(input: unknown): CheckedInstance {
  const issues = new IssueList()
  const root = at('')
  if (!isObject(input)) throw new MatchInputError([{ path: '(instance)', message: `must be a JSON object, got ${show(input)}` }])
  checkFields(issues, at('(instance)'), input, INSTANCE_FIELDS)
  if (input.format !== INSTANCE_FORMAT) issues.add(root, 'format', `must be "${INSTANCE_FORMAT}", got ${show(input.format)}`)
  if (!(typeof input.seed === 'number' && Number.isSafeInteger(input.seed))) issues.add(root, 'seed', `must be a whole number, got ${show(input.seed)}`)
  if (input.maxPlacements !== undefined) checkWholeNumber(issues, root, 'maxPlacements', input.maxPlacements, 1)
  if (input.reportTags !== undefined) checkTexts(issues, root, 'reportTags', input.reportTags)

  const offerings = Array.isArray(input.offerings) ? input.offerings : null
  const participants = Array.isArray(input.participants) ? input.participants : []
  if (!offerings) issues.add(root, 'offerings', `must be a list, got ${show(input.offerings)}`)
  if (!Array.isArray(input.participants)) issues.add(root, 'participants', `must be a list, got ${show(input.participants)}`)

  const offeringIndex = offerings ? checkIds(issues, 'offerings', offerings) : new Map<string, number>()
  offerings?.forEach((offering, i) => {
    if (isObject(offering) && !issues.full) checkOffering(issues, describe('offerings', i, offering), offering)
  })
  checkIds(issues, 'participants', participants)
  const start = new Int32Array(participants.length + 1)
  for (let p = 0; p < participants.length; p++) {
    const ranking = (participants[p] as Json | null)?.ranking
    start[p + 1] = start[p] + (Array.isArray(ranking) ? ranking.length : 0)
  }
  const values = new Int32Array(start[participants.length])
  const seenBy = new Int32Array(offerings?.length ?? 0).fill(-1)
  for (let p = 0; p < participants.length && !issues.full; p++) {
    const participant = participants[p]
    if (!isObject(participant)) continue
    const where = describe('participants', p, participant)
    checkRanking(issues, where, p, participant.ranking, offeringIndex, seenBy, values, start[p])
    checkParticipant(issues, where, participant)
  }
  if (issues.issues.length > 0) throw new MatchInputError(issues.issues)
  return { instance: input as unknown as Instance, ranking: { start, values } }
}
