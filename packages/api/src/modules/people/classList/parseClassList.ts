import { parse } from 'csv-parse/sync'
import { mobileNumber } from '../user/mobileNumber.js'
import { EMAIL } from '../user/user.entity.js'

/**
 * Terminology: a *class list* is the file a school's administration system exports, one row per pupil;
 * a *problem* is what is wrong with one cell (its line and column in the file), named by a stable code
 * that the web app translates.
 */
export type ProblemCode =
  | 'unreadable'
  | 'empty'
  | 'too_many_rows'
  | 'missing_column'
  | 'required'
  | 'too_long'
  | 'bad_gender'
  | 'bad_language'
  | 'bad_email'
  | 'bad_phone'
  | 'guardian_email_missing'
  | 'duplicate_key'
  | 'unknown_class'
  | 'not_a_guardian'

export interface ImportProblem {
  /** The file's line, 1 being the header. */
  line: number
  /** The column's header as written in the file (or the one missing). */
  column: string
  code: ProblemCode
  /** The cell's value, where there is one. */
  value: string
}

export interface ClassListGuardian {
  name: string
  email: string
  phone: string | null
}

export interface ClassListRow {
  line: number
  className: string
  firstName: string
  lastName: string
  gender: 'girl' | 'boy' | 'other' | 'unspecified'
  homeLanguages: string[]
  pupilKey: string
  guardians: ClassListGuardian[]
}

export const MOST_ROWS = 5_000

export interface ParsedClassList {
  rows: ClassListRow[]
  problems: ImportProblem[]
  /** The file's header of the class column and of each guardian's e-mail column, for problems found later. */
  headers: { className: string; guardianEmail: [string, string] }
}

type Field = 'className' | 'firstName' | 'lastName' | 'gender' | 'homeLanguage' | 'pupilKey' | `guardian${1 | 2}${'Name' | 'Email' | 'Phone'}`

/** The headers each column may have, in Finnish or English, compared without case, spaces or punctuation. */
const HEADERS: Record<Field, string[]> = {
  className: ['class', 'luokka'],
  firstName: ['first name', 'firstname', 'given name', 'etunimi', 'etunimet'],
  lastName: ['last name', 'lastname', 'surname', 'family name', 'sukunimi'],
  gender: ['gender', 'sex', 'sukupuoli'],
  homeLanguage: ['home language', 'home languages', 'mother tongue', 'kotikieli', 'kotikielet', 'äidinkieli'],
  pupilKey: ['pupil key', 'pupil id', 'student id', 'oppilastunniste', 'oppilasnumero', 'oppilaan tunniste'],
  guardian1Name: ['guardian 1 name', 'guardian 1', 'huoltaja 1 nimi', 'huoltaja 1'],
  guardian1Email: ['guardian 1 email', 'guardian 1 e-mail', 'huoltaja 1 sähköposti'],
  guardian1Phone: ['guardian 1 phone', 'huoltaja 1 puhelin', 'huoltaja 1 puhelinnumero'],
  guardian2Name: ['guardian 2 name', 'guardian 2', 'huoltaja 2 nimi', 'huoltaja 2'],
  guardian2Email: ['guardian 2 email', 'guardian 2 e-mail', 'huoltaja 2 sähköposti'],
  guardian2Phone: ['guardian 2 phone', 'huoltaja 2 puhelin', 'huoltaja 2 puhelinnumero'],
}
const REQUIRED: Field[] = ['className', 'firstName', 'lastName', 'pupilKey']
const NO_HEADERS: ParsedClassList['headers'] = { className: HEADERS.className[0]!, guardianEmail: [HEADERS.guardian1Email[0]!, HEADERS.guardian2Email[0]!] }
const squeeze = (header: string) => header.toLowerCase().replace(/[\s_\-.:]+/g, '')

const GENDERS: Record<string, ClassListRow['gender']> = {
  '': 'unspecified',
  tyttö: 'girl',
  t: 'girl',
  girl: 'girl',
  f: 'girl',
  female: 'girl',
  nainen: 'girl',
  n: 'girl',
  flicka: 'girl',
  poika: 'boy',
  p: 'boy',
  boy: 'boy',
  m: 'boy',
  male: 'boy',
  mies: 'boy',
  pojke: 'boy',
  muu: 'other',
  other: 'other',
  x: 'other',
  annan: 'other',
}
/** Languages as school systems write them, to ISO 639-1. */
const LANGUAGES: Record<string, string> = {
  suomi: 'fi',
  finnish: 'fi',
  finska: 'fi',
  ruotsi: 'sv',
  swedish: 'sv',
  svenska: 'sv',
  englanti: 'en',
  english: 'en',
  engelska: 'en',
  somali: 'so',
  arabia: 'ar',
  arabic: 'ar',
  venäjä: 'ru',
  russian: 'ru',
  viro: 'et',
  estonian: 'et',
  kurdi: 'ku',
  kurdish: 'ku',
  persia: 'fa',
  persian: 'fa',
  dari: 'fa',
  albania: 'sq',
  albanian: 'sq',
  turkki: 'tr',
  turkish: 'tr',
  ukraina: 'uk',
  ukrainian: 'uk',
}
const LONGEST = 120

/**
 * A class list as rows and problems, reading what schools export: comma- or semicolon-separated, UTF-8
 * with or without a byte-order mark, headers in Finnish or English in any order. Every problem is
 * found, not only the first, so that a school fixes its file in one go.
 */
export function parseClassList(text: string): ParsedClassList {
  const problems: ImportProblem[] = []
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? ''
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ','
  let records: string[][]
  try {
    records = parse(text, { bom: true, delimiter, skip_empty_lines: true, relax_column_count: true, trim: true })
  } catch (error) {
    const line = Number((error as { lines?: number }).lines ?? 1)
    return { rows: [], problems: [{ line, column: '', code: 'unreadable', value: (error as Error).message.slice(0, 200) }], headers: NO_HEADERS }
  }
  const [header, ...body] = records
  if (!header || body.length === 0) return { rows: [], problems: [{ line: 1, column: '', code: 'empty', value: '' }], headers: NO_HEADERS }
  if (body.length > MOST_ROWS)
    return { rows: [], problems: [{ line: MOST_ROWS + 2, column: '', code: 'too_many_rows', value: String(body.length) }], headers: NO_HEADERS }

  const columns = new Map<Field, { index: number; header: string }>()
  header.forEach((cell, index) => {
    const field = (Object.keys(HEADERS) as Field[]).find((f) => HEADERS[f].some((h) => squeeze(h) === squeeze(cell)))
    if (field && !columns.has(field)) columns.set(field, { index, header: cell })
  })
  for (const field of REQUIRED) if (!columns.has(field)) problems.push({ line: 1, column: HEADERS[field][0]!, code: 'missing_column', value: '' })
  if (problems.length > 0) return { rows: [], problems, headers: NO_HEADERS }

  const rows: ClassListRow[] = []
  const keys = new Map<string, number>()
  body.forEach((record, i) => {
    const line = i + 2
    const cell = (field: Field) => {
      const column = columns.get(field)
      return column ? (record[column.index] ?? '').trim() : ''
    }
    const problem = (field: Field, code: ProblemCode, value = cell(field)) =>
      problems.push({ line, column: columns.get(field)?.header ?? HEADERS[field][0]!, code, value })
    for (const field of REQUIRED) {
      if (cell(field) === '') problem(field, 'required')
      else if (cell(field).length > LONGEST) problem(field, 'too_long', cell(field).slice(0, 40))
    }
    const gender = GENDERS[cell('gender').toLowerCase()]
    if (!gender) problem('gender', 'bad_gender')
    const languages = cell('homeLanguage')
      .split(/[,/;]+/)
      .map((l) => l.trim().toLowerCase())
      .filter(Boolean)
      .map((l) => LANGUAGES[l] ?? l)
    if (languages.some((l) => !/^[a-z]{2,3}$/.test(l))) problem('homeLanguage', 'bad_language')
    const key = cell('pupilKey')
    if (key && keys.has(key)) problem('pupilKey', 'duplicate_key')
    keys.set(key, line)
    const guardians: ClassListGuardian[] = []
    for (const n of [1, 2] as const) {
      const name = cell(`guardian${n}Name`)
      const email = cell(`guardian${n}Email`).toLowerCase()
      const phone = cell(`guardian${n}Phone`)
      if (!name && !email && !phone) continue
      if (!email) problem(`guardian${n}Email`, 'guardian_email_missing')
      else if (!EMAIL.test(email)) problem(`guardian${n}Email`, 'bad_email')
      const mobile = phone ? mobileNumber(phone) : null
      if (phone && !mobile) problem(`guardian${n}Phone`, 'bad_phone')
      guardians.push({ name: name || email, email, phone: mobile })
    }
    rows.push({
      line,
      className: cell('className').toUpperCase(),
      firstName: cell('firstName'),
      lastName: cell('lastName'),
      gender: gender ?? 'unspecified',
      homeLanguages: [...new Set(languages)],
      pupilKey: key,
      guardians,
    })
  })
  const headerOf = (field: Field) => columns.get(field)?.header ?? HEADERS[field][0]!
  return { rows, problems, headers: { className: headerOf('className'), guardianEmail: [headerOf('guardian1Email'), headerOf('guardian2Email')] } }
}
