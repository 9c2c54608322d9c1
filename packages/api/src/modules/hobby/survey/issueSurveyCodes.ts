import { randomInt } from 'node:crypto'
import type { EntityManager } from '@mikro-orm/core'
import { ApiError } from '../../../graphql/ApiError.js'
import { SurveyEntity } from './survey.entity.js'
import { SurveyCodeEntity, type SurveyCode } from './surveyCode.entity.js'
import { ChildEntity, type SchoolClass, SchoolClassEntity, teachesClass, type Account } from '../../people/index.js'
import { lockRow } from '../../../db/lockRow.js'

/** No 0/O, 1/I/L: a nine-year-old types it from a slip of paper. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'
const LENGTH = 8

/** A code as typed by a child: spaces and dashes dropped, any case ("abc 2-34" finds ABC234). */
export function normalizeCode(typed: string): string {
  return typed.replace(/[\s-]/g, '').toUpperCase()
}

function newCode(): string {
  return Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')
}

/** The survey, if it is for this class's area and grade. */
async function surveyForClass(em: EntityManager, surveyId: number, schoolClass: SchoolClass & { school: { area: { id: number } } }) {
  const survey = await em.findOne(SurveyEntity, { id: surveyId })
  if (!survey) throw new ApiError('not_found', `No survey ${surveyId}.`)
  if (survey.grade !== schoolClass.grade || survey.area.id !== schoolClass.school.area.id)
    throw new ApiError('survey/not_for_pupil', 'This survey is for another area or grade.')
  return survey
}

/**
 * A teacher gets a one-time code for every pupil of a class of their school. Codes already handed out
 * stay as they are (asking again prints the same slips, and never voids a slip by accident); pupils
 * without one get one. The class's row is touched first, so teachers asking at once all get the same set.
 */
export async function issueSurveyCodes(em: EntityManager, user: Account, surveyId: number, classId: number): Promise<SurveyCode[]> {
  const schoolClass = await em.findOne(SchoolClassEntity, { id: classId }, { populate: ['school'] })
  teachesClass(user, schoolClass)
  await surveyForClass(em, surveyId, schoolClass)
  return em.transactional(async (tx) => {
    await lockRow(tx, SchoolClassEntity, classId)
    const pupils = await tx.find(ChildEntity, { schoolClass: classId }, { orderBy: { lastName: 'asc', firstName: 'asc', id: 'asc' } })
    const held = new Map(
      (await tx.find(SurveyCodeEntity, { survey: surveyId, child: { $in: pupils.map((p) => p.id) } }, { refresh: true })).map((code) => [code.child.id, code]),
    )
    return pupils.map((pupil) => held.get(pupil.id) ?? tx.create(SurveyCodeEntity, { survey: surveyId, child: pupil, code: newCode(), usedAt: null }))
  })
}

/** A lost slip: a teacher of the pupil's school gets the pupil a new code, and the old one stops working. */
export async function reissueSurveyCode(em: EntityManager, user: Account, surveyId: number, childId: number): Promise<SurveyCode> {
  const child = await em.findOne(ChildEntity, { id: childId }, { populate: ['schoolClass.school'] })
  const schoolClass = child?.schoolClass ?? null
  teachesClass(user, schoolClass)
  await surveyForClass(em, surveyId, schoolClass)
  return em.transactional(async (tx) => {
    await lockRow(tx, SchoolClassEntity, schoolClass.id)
    await tx.nativeDelete(SurveyCodeEntity, { survey: surveyId, child: childId })
    return tx.create(SurveyCodeEntity, { survey: surveyId, child: childId, code: newCode(), usedAt: null })
  })
}
