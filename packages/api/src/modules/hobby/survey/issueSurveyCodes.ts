import { randomInt } from 'node:crypto'
import type { EntityManager } from '@mikro-orm/core'
import { ApiError } from '../../../graphql/ApiError.js'
import { SurveyEntity } from './survey.entity.js'
import { SurveyCodeEntity, type SurveyCode } from './surveyCode.entity.js'
import { ChildEntity, SchoolClassEntity, teachesClass, type User } from '../../people/index.js'

/** No 0/O, 1/I/L: a nine-year-old types it from a slip of paper. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'
const LENGTH = 8

function newCode(): string {
  return Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')
}

/** A teacher gets a fresh one-time code for every pupil of a class of their school (earlier codes stop working). */
export async function issueSurveyCodes(em: EntityManager, user: User, surveyId: number, classId: number): Promise<SurveyCode[]> {
  const schoolClass = await em.findOne(SchoolClassEntity, { id: classId }, { populate: ['school'] })
  teachesClass(user, schoolClass)
  const survey = await em.findOne(SurveyEntity, { id: surveyId })
  if (!survey) throw new ApiError('not_found', `No survey ${surveyId}.`)
  if (survey.grade !== schoolClass.grade || survey.area.id !== schoolClass.school.area.id)
    throw new ApiError('survey/not_for_pupil', 'This survey is for another area or grade.')
  const pupils = await em.find(ChildEntity, { schoolClass: classId }, { orderBy: { lastName: 'asc', firstName: 'asc' } })
  return em.transactional(async (tx) => {
    await tx.nativeDelete(SurveyCodeEntity, { survey: surveyId, child: { $in: pupils.map((p) => p.id) } })
    return pupils.map((pupil) => tx.create(SurveyCodeEntity, { survey: surveyId, child: pupil, code: newCode(), usedAt: null }))
  })
}
