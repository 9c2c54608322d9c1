import { parse } from 'csv-parse/sync'
import type { ImportProblem } from './importProblem.js'

/** A file's body: each record with its line in the file (1 is the header). */
export interface CsvRecord {
  line: number
  cells: string[]
}

export interface CsvTable<F extends string> {
  records: CsvRecord[]
  /** Where each known column is, and its header as the file writes it. */
  columns: Map<F, { index: number; header: string }>
  problems: ImportProblem[]
  /** A record's cell of a column, '' where the file has no such column. */
  cell: (record: CsvRecord, field: F) => string
  /** A column's header as the file writes it, or its first accepted name where the file has none. */
  headerOf: (field: F) => string
}

/** Headers compared without case, spaces or punctuation. */
const squeeze = (header: string) => header.toLowerCase().replace(/[\s_\-.:]+/g, '')

/**
 * A file as schools' administration systems export it: comma- or semicolon-separated (the one the
 * header line uses more), UTF-8 with or without a byte-order mark, headers in any order, known by any
 * of their accepted names. Only the file's shape is checked here (readable, not empty, not too long,
 * the required columns there); the cells are the caller's.
 */
export function readCsvTable<F extends string>(text: string, headers: Record<F, string[]>, required: readonly NoInfer<F>[], mostRows: number): CsvTable<F> {
  const columns = new Map<F, { index: number; header: string }>()
  const cell = (record: CsvRecord, field: F) => {
    const column = columns.get(field)
    return column ? (record.cells[column.index] ?? '').trim() : ''
  }
  const headerOf = (field: F) => columns.get(field)?.header ?? headers[field][0]!
  const table = (records: CsvRecord[], problems: ImportProblem[]): CsvTable<F> => ({ records, columns, problems, cell, headerOf })
  const refused = (problem: ImportProblem) => table([], [problem])
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? ''
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ','
  let records: { record: string[]; info: { lines: number } }[]
  try {
    // `info` gives each record its line in the file, blank lines and quoted line breaks counted.
    records = parse(text, { bom: true, delimiter, skip_empty_lines: true, relax_column_count: true, trim: true, info: true }) as unknown as typeof records
  } catch (error) {
    const line = Number((error as { lines?: number }).lines ?? 1)
    return refused({ line, column: '', code: 'unreadable', value: (error as Error).message.slice(0, 200) })
  }
  const header = records[0]?.record
  const body = records.slice(1)
  if (!header || body.length === 0) return refused({ line: 1, column: '', code: 'empty', value: '' })
  if (body.length > mostRows) return refused({ line: mostRows + 2, column: '', code: 'too_many_rows', value: String(body.length) })

  const fields = Object.keys(headers) as F[]
  header.forEach((cell, index) => {
    const field = fields.find((f) => headers[f].some((h) => squeeze(h) === squeeze(cell)))
    if (field && !columns.has(field)) columns.set(field, { index, header: cell })
  })
  const problems: ImportProblem[] = required
    .filter((field) => !columns.has(field))
    .map((field) => ({ line: 1, column: headers[field][0]!, code: 'missing_column', value: '' }))
  if (problems.length > 0) return table([], problems)
  return table(
    body.map(({ record, info }) => ({ line: info.lines, cells: record })),
    [],
  )
}
