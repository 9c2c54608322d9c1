import type { WeeklySpan } from '@mukana/matcher'
import { termDates } from './termDates.js'

export interface CalendarGroup {
  id: number
  name: string
  venue: string
  term: string
  sessions: readonly WeeklySpan[]
}

const BYDAY: Record<string, string> = { mon: 'MO', tue: 'TU', wed: 'WE', thu: 'TH', fri: 'FR', sat: 'SA', sun: 'SU' }
const WEEKDAY_INDEX: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 }

// Helsinki's zone, so that a 15:00 session stays at 15:00 across daylight saving time.
const HELSINKI_PLACEHOLDER = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Helsinki',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0300',
  'TZNAME:EEST',
  'DTSTART:19700329T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0300',
  'TZOFFSETTO:+0200',
  'TZNAME:EET',
  'DTSTART:19701025T040000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
]

/** Text escaped as RFC 5545 asks. */
function text(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n')
}

/** Lines longer than 75 octets folded onto continuation lines. */
function fold(line: string): string {
  const bytes = Buffer.from(line, 'utf8')
  if (bytes.length <= 75) return line
  const parts: string[] = []
  let start = 0
  while (start < bytes.length) {
    let end = Math.min(bytes.length, start + (start === 0 ? 75 : 74))
    // Never split a UTF-8 character: back off continuation bytes.
    while (end < bytes.length && (bytes[end]! & 0xc0) === 0x80) end--
    parts.push(bytes.subarray(start, end).toString('utf8'))
    start = end
  }
  return parts.join('\r\n ')
}

/** The first date on or after `from` (yyyy-mm-dd) that falls on `day`. */
function firstOn(from: string, day: string): string {
  const date = new Date(`${from}T12:00:00Z`)
  date.setUTCDate(date.getUTCDate() + ((WEEKDAY_INDEX[day]! - date.getUTCDay() + 7) % 7))
  return date.toISOString().slice(0, 10)
}

const compact = (date: string, clock: string): string => `${date.replace(/-/g, '')}T${clock.replace(':', '')}00`

/**
 * A child's weekly hobbies as an iCalendar (RFC 5545) that calendar apps subscribe to: one event per
 * weekly session, repeating every week of the group's term, in Helsinki time.
 */
export function hobbyCalendar(title: string, groups: readonly CalendarGroup[], now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '')
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Mukana//Hobby calendar//FI',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${text(title)}`,
    'X-WR-TIMEZONE:Europe/Helsinki',
    ...HELSINKI_PLACEHOLDER,
  ]
  for (const group of groups) {
    const { first, last } = termDates(group.term)
    group.sessions.forEach((session, i) => {
      const date = firstOn(first, session.day)
      lines.push(
        'BEGIN:VEVENT',
        `UID:group-${group.id}-session-${i}@mukana`,
        `DTSTAMP:${stamp}`,
        `SUMMARY:${text(group.name)}`,
        ...(group.venue ? [`LOCATION:${text(group.venue)}`] : []),
        `DTSTART;TZID=Europe/Helsinki:${compact(date, session.start)}`,
        `DTEND;TZID=Europe/Helsinki:${compact(date, session.end)}`,
        `RRULE:FREQ=WEEKLY;BYDAY=${BYDAY[session.day]};UNTIL=${last.replace(/-/g, '')}T235959Z`,
        'END:VEVENT',
      )
    })
  }
  lines.push('END:VCALENDAR')
  return lines.map(fold).join('\r\n') + '\r\n'
}
