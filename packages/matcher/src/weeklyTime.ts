import { DAYS, type WeeklySpan } from './types.js'

const CLOCK = /^([01]\d|2[0-4]):([0-5]\d)$/
const DAY_INDEX = new Map<string, number>(DAYS.map((day, i) => [day, i]))
// Instances repeat a few hundred distinct times at most; remembering them keeps parsing off the profile.
const clockCache = new Map<string, number>()

/** "HH:MM" → minutes after midnight, or null when malformed. "24:00" is allowed as an end of day. */
export function parseClock(text: string): number | null {
  const cached = clockCache.get(text)
  if (cached !== undefined) return cached
  const match = CLOCK.exec(text)
  if (!match) return null
  const minutes = Number(match[1]) * 60 + Number(match[2])
  if (minutes > 24 * 60) return null
  clockCache.set(text, minutes)
  return minutes
}

export function formatClock(minutes: number): string {
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`
}

/** 0 for Monday … 6 for Sunday, -1 for anything else. */
export function dayIndex(day: string): number {
  return DAY_INDEX.get(day) ?? -1
}

/** A day's minute (0 for Monday … 6 for Sunday; minutes after midnight) as minutes of the week, Monday 00:00 = 0. */
export function minuteOfWeek(day: number, minutes: number): number {
  return day * 24 * 60 + minutes
}

/** Start of a span in minutes of the week. The span must already be valid. */
export function spanFrom(span: WeeklySpan): number {
  return minuteOfWeek(dayIndex(span.day), parseClock(span.start) as number)
}

/** End of a span in minutes of the week. */
export function spanTo(span: WeeklySpan): number {
  return minuteOfWeek(dayIndex(span.day), parseClock(span.end) as number)
}

/** Valid spans in the week's order: by day, then start, then end. */
export function inWeekOrder(a: WeeklySpan, b: WeeklySpan): number {
  return spanFrom(a) - spanFrom(b) || spanTo(a) - spanTo(b)
}

const spanText = (s: WeeklySpan) => `${s.day} ${s.start}-${s.end}`

export function spanKey(spans: readonly WeeklySpan[]): string {
  return spans.map(spanText).join(', ')
}

/** Whether two lists hold the same spans of the week, whatever their order. */
export function sameWeek(a: readonly WeeklySpan[], b: readonly WeeklySpan[]): boolean {
  const key = (spans: readonly WeeklySpan[]) => spans.map(spanText).sort().join(', ')
  return a.length === b.length && key(a) === key(b)
}
