import type { EntityManager } from '@mikro-orm/core'
import type { Pseudonyms } from '../../../privacy/Pseudonyms.js'
import { findCoordinatedSurvey } from '../survey/survey.service.js'
import { surveyOutcomes } from './surveyOutcomes.js'
import type { Account } from '../../people/index.js'

/** Fewer pupils than this sharing school, class, gender and home language would let a reader pick a child out. */
export const SMALLEST_CELL = 5

export interface ResearchRow {
  /** A keyed pseudonym: the same child in every export with the same key, nobody by name. */
  pupil: string
  /** Null where a small cell was generalised. */
  school: string | null
  className: string | null
  gender: string | null
  homeLanguage: string | null
  answered: boolean
  enrolled: boolean
  regular: boolean
}

type Identifying = 'homeLanguage' | 'gender' | 'className' | 'school'
/** Given up in this order, most identifying and least needed first, until every cell is big enough. */
const GENERALISED: Identifying[] = ['homeLanguage', 'gender', 'className', 'school']

const cellOf = (row: ResearchRow) => JSON.stringify([row.school, row.className, row.gender, row.homeLanguage])

/**
 * A survey's outcomes per pupil for research, without identities: a keyed pseudonym instead of the
 * child, and every combination of school, class, gender and home language shared by at least
 * SMALLEST_CELL pupils. Rows in a smaller cell lose their home language, then gender, then class,
 * then school; rows that are still too few (a tiny area) are left out.
 */
export async function researchExport(em: EntityManager, user: Account, surveyId: number, pseudonyms: Pseudonyms): Promise<ResearchRow[]> {
  const survey = await findCoordinatedSurvey(em, user, surveyId)
  const { pupils, answered, enrolled, regular } = await surveyOutcomes(em, survey)
  let rows: ResearchRow[] = pupils.map((pupil) => ({
    pupil: pseudonyms.of('child', pupil.id),
    school: pupil.schoolClass.school.name,
    className: pupil.schoolClass.name,
    gender: pupil.gender,
    homeLanguage: pupil.homeLanguages[0] ?? null,
    answered: answered.has(pupil.id),
    enrolled: enrolled.has(pupil.id),
    regular: regular.has(pupil.id),
  }))
  for (const attribute of GENERALISED) {
    const sizes = new Map<string, number>()
    for (const row of rows) sizes.set(cellOf(row), (sizes.get(cellOf(row)) ?? 0) + 1)
    rows = rows.map((row) => (sizes.get(cellOf(row))! < SMALLEST_CELL ? { ...row, [attribute]: null } : row))
  }
  const sizes = new Map<string, number>()
  for (const row of rows) sizes.set(cellOf(row), (sizes.get(cellOf(row)) ?? 0) + 1)
  // Sorted by pseudonym: the order tells nothing of the class lists.
  return rows.filter((row) => sizes.get(cellOf(row))! >= SMALLEST_CELL).sort((a, b) => a.pupil.localeCompare(b.pupil))
}
