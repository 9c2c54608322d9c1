import { MatchInputError, type InputIssue } from './MatchInputError.js'
import { parseCsv } from './parseCsv.js'
import { validateInstance } from './validateInstance.js'
import { INSTANCE_FORMAT, type Instance } from './types.js'

export interface CsvSources {
  /** CSV text, one participant a row: id, ranking, tags, grade, lottery, available. */
  participants: string
  /** CSV text, one offering a row: id, capacity, activity, reserved, onlyTags, priorityTags, grades, sessions. */
  offerings: string
  seed: number
  maxPlacements?: number
  /** File names used in error messages. */
  participantsName?: string
  offeringsName?: string
}

const LIST = '|'
const SPAN = /^(\w+)\s+(\S+)\s*-\s*(\S+)$/
const LISTS = new Set(['ranking', 'tags', 'onlyTags', 'priorityTags'])
const NUMBERS = new Set(['capacity', 'grade', 'lottery'])
const SPANS = new Set(['available', 'sessions'])

type Row = Record<string, unknown>

function items(cell: string): string[] {
  return cell
    .split(LIST)
    .map((item) => item.trim())
    .filter((item) => item !== '')
}

/** A number cell becomes a number when it reads as one, else stays text for validation to name. */
function numberOf(cell: string): number | string {
  const text = cell.trim().replace(',', '.')
  return text !== '' && Number.isFinite(Number(text)) ? Number(text) : cell
}

function rowsOf(text: string, name: string, columns: readonly string[], issues: InputIssue[]): Row[] {
  const [header = [], ...lines] = parseCsv(text)
  const names = header.map((h) => h.trim())
  if (!names.includes('id')) issues.push({ path: `${name} line 1`, message: `needs an "id" column (columns: ${columns.join(', ')})` })
  names.forEach((column) => {
    if (!columns.includes(column)) issues.push({ path: `${name} line 1`, message: `unknown column "${column}" (allowed: ${columns.join(', ')})` })
  })
  return lines.map((cells, line) => {
    const row: Row = {}
    names.forEach((column, i) => {
      const cell = (cells[i] ?? '').trim()
      if (cell === '') return
      const where = `${name} line ${line + 2}, column "${column}"`
      if (LISTS.has(column)) row[column] = items(cell)
      else if (NUMBERS.has(column)) row[column] = numberOf(cell)
      else if (column === 'grades') row[column] = items(cell).map(numberOf)
      else if (SPANS.has(column)) {
        row[column] = items(cell).map((span) => {
          const match = SPAN.exec(span)
          if (!match) issues.push({ path: where, message: `"${span}" is not a weekly time like "mon 14:00-15:30"` })
          return match ? { day: match[1].toLowerCase(), start: match[2], end: match[3] } : {}
        })
      } else if (column === 'reserved') {
        row[column] = items(cell).map((reserve) => {
          const [tag, seats] = reserve.split(':').map((part) => part.trim())
          if (!tag || seats === undefined) issues.push({ path: where, message: `"${reserve}" is not a reserve like "girl:4"` })
          return { tag, seats: numberOf(seats ?? '') }
        })
      } else row[column] = cell
    })
    return row
  })
}

/** Turns validation paths (participants[3] (id "p4").ranking[1]) into spreadsheet places. */
function toCsvPlace(issue: InputIssue, names: Record<string, string>): InputIssue {
  const match = /^(participants|offerings)\[(\d+)\]( \(id [^)]*\))?(?:\.(\w+))?(?:\[(\d+)\])?(.*)$/.exec(issue.path)
  if (!match) return issue
  const [, kind, index, id = '', column, item, rest] = match
  const where = `${names[kind]} line ${Number(index) + 2}${id}`
  const columnText = column ? `, column "${column}"${item !== undefined ? ` item ${Number(item) + 1}` : ''}${rest}` : ''
  return { path: where + columnText, message: issue.message }
}

/** Builds and validates an instance from a participants CSV and an offerings CSV. */
export function instanceFromCsv(sources: CsvSources): Instance {
  const names = {
    participants: sources.participantsName ?? 'participants.csv',
    offerings: sources.offeringsName ?? 'offerings.csv',
  }
  const issues: InputIssue[] = []
  const offerings = rowsOf(
    sources.offerings,
    names.offerings,
    ['id', 'capacity', 'activity', 'reserved', 'onlyTags', 'priorityTags', 'grades', 'sessions'],
    issues,
  )
  const participants = rowsOf(sources.participants, names.participants, ['id', 'ranking', 'tags', 'grade', 'lottery', 'available'], issues)
  for (const participant of participants) participant.ranking ??= []
  if (issues.length > 0) throw new MatchInputError(issues)
  const instance = { format: INSTANCE_FORMAT, seed: sources.seed, maxPlacements: sources.maxPlacements, offerings, participants }
  if (instance.maxPlacements === undefined) delete instance.maxPlacements
  try {
    return validateInstance(instance)
  } catch (error) {
    if (error instanceof MatchInputError) throw new MatchInputError(error.issues.map((issue) => toCsvPlace(issue, names)))
    throw error
  }
}
