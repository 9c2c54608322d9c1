import { formatClock, parseClock, type WeeklySpan } from '@mukana/matcher'
import { INPUT_LIMITS } from '../../../graphql/inputLimits.js'
import type { ImportProblem, ProblemCode } from './importProblem.js'
import { readCsvTable } from './readCsvTable.js'

/** Terminology: a *timetable* is the file of a school's weekly lessons, one row per lesson of a class. */

export interface TimetableRow {
  line: number
  className: string
  lesson: WeeklySpan
}

export interface ParsedTimetable {
  /** The rows read, each lesson of a class once (a lesson written twice is one). */
  rows: TimetableRow[]
  /** The file's rows, below the header. */
  read: number
  problems: ImportProblem[]
  /** The file's header of the class column, for problems found later. */
  classHeader: string
}

/** A whole school's week, many times over. */
export const MOST_TIMETABLE_ROWS = 5_000

type Field = 'className' | 'day' | 'start' | 'end' | 'time'

/** The headers each column may have, in Finnish, Swedish or English. `time` holds a span (`8.15–9.00`) instead of a start and an end. */
const HEADERS: Record<Field, string[]> = {
  className: ['class', 'luokka', 'klass'],
  day: ['day', 'weekday', 'päivä', 'viikonpäivä', 'dag', 'veckodag'],
  start: ['start', 'starts', 'from', 'alkaa', 'alku', 'alkamisaika', 'börjar', 'från'],
  end: ['end', 'ends', 'to', 'until', 'päättyy', 'loppu', 'päättymisaika', 'slutar', 'till'],
  time: ['time', 'aika', 'kellonaika', 'klo', 'tid'],
}

/** Weekdays as Finnish, Swedish and English timetables write them, and by number (1 is Monday). */
const DAYS: Record<string, WeeklySpan['day']> = {}
const NAMES: [WeeklySpan['day'], string[]][] = [
  ['mon', ['1', 'ma', 'maanantai', 'må', 'mån', 'måndag', 'mo', 'mon', 'monday']],
  ['tue', ['2', 'ti', 'tiistai', 'tis', 'tisdag', 'tu', 'tue', 'tuesday']],
  ['wed', ['3', 'ke', 'keskiviikko', 'on', 'ons', 'onsdag', 'we', 'wed', 'wednesday']],
  ['thu', ['4', 'to', 'torstai', 'tor', 'tors', 'torsdag', 'th', 'thu', 'thursday']],
  ['fri', ['5', 'pe', 'perjantai', 'fr', 'fre', 'fredag', 'fri', 'friday']],
  ['sat', ['6', 'la', 'lauantai', 'lö', 'lör', 'lördag', 'sa', 'sat', 'saturday']],
  ['sun', ['7', 'su', 'sunnuntai', 'sö', 'sön', 'söndag', 'sun', 'sunday']],
]
for (const [day, names] of NAMES) for (const name of names) DAYS[name] = day

/** `8.15`, `08:15`, `8`, `08.15.00`: a time of day as `HH:MM`, or null. */
function clockOf(text: string): string | null {
  const match = /^(\d{1,2})(?:[.:](\d{2}))?(?:[.:]00)?$/.exec(text.trim())
  if (!match) return null
  const minutes = parseClock(`${match[1]!.padStart(2, '0')}:${match[2] ?? '00'}`)
  return minutes === null ? null : formatClock(minutes)
}

/**
 * A school's timetable as rows and problems: the same files as class lists (comma or semicolon,
 * UTF-8 with or without a byte-order mark, headers in any order), one row per lesson with its class,
 * weekday and times. Every problem is found, not only the first.
 */
export function parseTimetable(text: string): ParsedTimetable {
  const table = readCsvTable(text, HEADERS, ['className', 'day'], MOST_TIMETABLE_ROWS)
  const { records, problems, cell, headerOf } = table
  const classHeader = headerOf('className')
  if (records.length === 0) return { rows: [], read: 0, problems, classHeader }
  const spans = table.columns.has('time')
  if (!spans && !(table.columns.has('start') && table.columns.has('end'))) {
    const missing: Field[] = table.columns.has('start') ? ['end'] : ['start']
    return { rows: [], read: 0, problems: missing.map((f) => ({ line: 1, column: HEADERS[f][0]!, code: 'missing_column', value: '' })), classHeader }
  }

  const rows: TimetableRow[] = []
  // A lesson written twice (a class split into groups, each with its own subject) is one span of the week.
  const perClass = new Map<string, Set<string>>()
  for (const record of records) {
    const { line } = record
    const problem = (field: Field, code: ProblemCode, value = cell(record, field)) => problems.push({ line, column: headerOf(field), code, value })
    const className = cell(record, 'className').toUpperCase()
    if (!className) problem('className', 'required')
    const dayText = cell(record, 'day')
    const day = DAYS[dayText.toLowerCase().replace(/\.$/, '')]
    if (!dayText) problem('day', 'required')
    else if (!day) problem('day', 'bad_day')
    const [startText = '', endText = ''] = spans ? cell(record, 'time').split(/\s*[-–—]\s*/) : [cell(record, 'start'), cell(record, 'end')]
    const start = clockOf(startText)
    const end = clockOf(endText)
    if (spans) {
      if (!cell(record, 'time')) problem('time', 'required')
      else if (!start || !end) problem('time', 'bad_time')
    } else
      for (const [field, text, clock] of [['start', startText, start] as const, ['end', endText, end] as const]) {
        if (!text) problem(field, 'required')
        else if (!clock) problem(field, 'bad_time')
      }
    if (start && end && end <= start) problem(spans ? 'time' : 'end', 'end_before_start')
    if (!(className && day && start && end)) continue
    const lessons = perClass.get(className) ?? perClass.set(className, new Set()).get(className)!
    const key = `${day} ${start} ${end}`
    if (lessons.has(key)) continue
    lessons.add(key)
    if (lessons.size === INPUT_LIMITS.weeklyLessons.max + 1) problem('className', 'too_many_lessons', className)
    rows.push({ line, className, lesson: { day, start, end } })
  }
  return { rows, read: records.length, problems, classHeader }
}
