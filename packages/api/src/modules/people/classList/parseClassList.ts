import { mobileNumber } from '../user/mobileNumber.js'
import { EMAIL } from '../user/user.entity.js'
import type { ImportProblem, ProblemCode } from './importProblem.js'
import { readCsvTable } from './readCsvTable.js'

export type { ImportProblem, ProblemCode } from './importProblem.js'

/** Terminology: a *class list* is the file a school's administration system exports, one row per pupil. */

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

/** The headers each column may have, in Finnish, Swedish or English, compared without case, spaces or punctuation. */
const HEADERS: Record<Field, string[]> = {
  className: ['class', 'luokka', 'klass'],
  firstName: ['first name', 'firstname', 'given name', 'etunimi', 'etunimet', 'förnamn'],
  lastName: ['last name', 'lastname', 'surname', 'family name', 'sukunimi', 'efternamn'],
  gender: ['gender', 'sex', 'sukupuoli', 'kön'],
  homeLanguage: ['home language', 'home languages', 'mother tongue', 'kotikieli', 'kotikielet', 'äidinkieli', 'hemspråk', 'modersmål'],
  pupilKey: ['pupil key', 'pupil id', 'student id', 'oppilastunniste', 'oppilasnumero', 'oppilaan tunniste', 'elevnummer', 'elevens id'],
  guardian1Name: ['guardian 1 name', 'guardian 1', 'huoltaja 1 nimi', 'huoltaja 1', 'vårdnadshavare 1 namn', 'vårdnadshavare 1'],
  guardian1Email: ['guardian 1 email', 'guardian 1 e-mail', 'huoltaja 1 sähköposti', 'vårdnadshavare 1 e-post'],
  guardian1Phone: ['guardian 1 phone', 'huoltaja 1 puhelin', 'huoltaja 1 puhelinnumero', 'vårdnadshavare 1 telefon'],
  guardian2Name: ['guardian 2 name', 'guardian 2', 'huoltaja 2 nimi', 'huoltaja 2', 'vårdnadshavare 2 namn', 'vårdnadshavare 2'],
  guardian2Email: ['guardian 2 email', 'guardian 2 e-mail', 'huoltaja 2 sähköposti', 'vårdnadshavare 2 e-post'],
  guardian2Phone: ['guardian 2 phone', 'huoltaja 2 puhelin', 'huoltaja 2 puhelinnumero', 'vårdnadshavare 2 telefon'],
}
const REQUIRED: Field[] = ['className', 'firstName', 'lastName', 'pupilKey']
const NO_HEADERS: ParsedClassList['headers'] = { className: HEADERS.className[0]!, guardianEmail: [HEADERS.guardian1Email[0]!, HEADERS.guardian2Email[0]!] }

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
  somaliska: 'so',
  arabiska: 'ar',
  ryska: 'ru',
  estniska: 'et',
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
 * with or without a byte-order mark, headers in Finnish, Swedish or English in any order. Every problem is
 * found, not only the first, so that a school fixes its file in one go.
 */
export function parseClassList(text: string): ParsedClassList {
  const { records, problems, cell: cellOf, headerOf } = readCsvTable(text, HEADERS, REQUIRED, MOST_ROWS)
  if (records.length === 0) return { rows: [], problems, headers: NO_HEADERS }

  const rows: ClassListRow[] = []
  const keys = new Map<string, number>()
  for (const record of records) {
    const line = record.line
    const cell = (field: Field) => cellOf(record, field)
    const problem = (field: Field, code: ProblemCode, value = cell(field)) => problems.push({ line, column: headerOf(field), code, value })
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
  }
  return { rows, problems, headers: { className: headerOf('className'), guardianEmail: [headerOf('guardian1Email'), headerOf('guardian2Email')] } }
}
