import type { EntityManager } from '@mikro-orm/core'
import { ApiError, type FieldIssue } from '../../graphql/ApiError.js'
import { HobbyGroupEntity, type HobbyGroup } from '../hobbyGroup/hobbyGroup.entity.js'
import { PupilEntity } from '../pupil/pupil.entity.js'
import { findOwnChild } from '../pupil/pupil.service.js'
import type { User } from '../user/user.entity.js'
import { validateSpans } from '../../common/validateSpans.js'
import { SurveyEntity, type Survey } from './survey.entity.js'
import { SurveyAnswerEntity, type SurveyAnswer } from './surveyAnswer.entity.js'
import type { AnswerSurveyInput, OpenSurveyInput } from './survey.input.js'

const TERM = /^20\d\d-(spring|autumn)$/

/** The survey, if the user coordinates its area; else a refusal. */
export async function findCoordinatedSurvey(em: EntityManager, user: User, surveyId: number): Promise<Survey> {
  const survey = await em.findOne(SurveyEntity, { id: surveyId })
  if (!survey) throw new ApiError('not_found', `No survey ${surveyId}.`)
  if (user.role !== 'coordinator' || user.area?.id !== survey.area.id) throw new ApiError('auth/forbidden', "Only the area's coordinators can do this.")
  return survey
}

export async function openSurvey(em: EntityManager, user: User, input: OpenSurveyInput): Promise<Survey> {
  if (user.role !== 'coordinator' || user.area?.id !== Number(input.areaId)) throw new ApiError('auth/forbidden', "Only the area's coordinators open its surveys.")
  const issues: FieldIssue[] = []
  if (!(input.grade >= 0 && input.grade <= 10)) issues.push({ field: 'grade', message: `must be 0–10, got ${input.grade}` })
  if (!TERM.test(input.term)) issues.push({ field: 'term', message: `must be like "2026-autumn", got "${input.term}"` })
  if (!(input.closesAt > input.opensAt)) issues.push({ field: 'closesAt', message: 'must be after opensAt' })
  if (issues.length > 0) throw ApiError.invalid(issues)
  const survey = em.create(SurveyEntity, { area: Number(input.areaId), grade: input.grade, term: input.term, opensAt: input.opensAt, closesAt: input.closesAt, publishedRunId: null })
  await em.flush()
  return survey
}

/** Closes an open survey now. */
export async function closeSurvey(em: EntityManager, user: User, surveyId: number, now = new Date()): Promise<Survey> {
  const survey = await findCoordinatedSurvey(em, user, surveyId)
  if (survey.closesAt <= now) throw new ApiError('survey/closed', 'The survey is already closed.')
  survey.closesAt = now
  if (survey.opensAt > now) survey.opensAt = now
  await em.flush()
  return survey
}

/** Coordinators see their area's surveys, teachers their school's area's, guardians those for their children. */
export async function findVisibleSurveys(em: EntityManager, user: User): Promise<Survey[]> {
  const orderBy = { opensAt: 'desc', id: 'desc' } as const
  if (user.role === 'coordinator' && user.area) return em.find(SurveyEntity, { area: user.area.id }, { orderBy })
  if (user.role === 'teacher' && user.school) {
    const school = await em.findOneOrFail('School', { id: user.school.id })
    return em.find(SurveyEntity, { area: (school as { area: { id: number } }).area.id }, { orderBy })
  }
  if (user.role === 'guardian') {
    const children = await em.find(PupilEntity, { guardians: user.id }, { populate: ['schoolClass.school'] })
    if (children.length === 0) return []
    return em.find(
      SurveyEntity,
      { $or: children.map((c) => ({ area: c.schoolClass.school.area.id, grade: c.schoolClass.grade })) },
      { orderBy },
    )
  }
  throw new ApiError('auth/forbidden', 'Surveys are for coordinators, teachers and guardians.')
}

/** The groups a survey offers: its term's groups meeting at the area's schools, or at no school. */
export function findOfferedGroups(em: EntityManager, survey: Survey): Promise<HobbyGroup[]> {
  return em.find(
    HobbyGroupEntity,
    { term: survey.term, $or: [{ school: null }, { school: { area: survey.area.id } }] },
    { orderBy: { id: 'asc' }, populate: ['school'] },
  )
}

/** A guardian answers for their child, or changes the answer, while the survey is open. */
export async function answerSurvey(em: EntityManager, user: User, input: AnswerSurveyInput, now = new Date()): Promise<SurveyAnswer> {
  const pupil = await findOwnChild(em, user, Number(input.pupilId))
  const survey = await em.findOne(SurveyEntity, { id: Number(input.surveyId) })
  if (!survey) throw new ApiError('not_found', `No survey ${input.surveyId}.`)
  if (now < survey.opensAt) throw new ApiError('survey/not_open', 'The survey is not open yet.')
  if (now >= survey.closesAt) throw new ApiError('survey/closed', 'The survey has closed; answers can no longer change.')
  await em.populate(pupil, ['schoolClass.school'])
  if (pupil.schoolClass.grade !== survey.grade || pupil.schoolClass.school.area.id !== survey.area.id) {
    throw new ApiError('survey/not_for_pupil', 'This survey is for another area or grade.')
  }
  const offered = new Set((await findOfferedGroups(em, survey)).map((group) => group.id))
  const issues: FieldIssue[] = []
  const ranking = input.ranking.map(Number)
  ranking.forEach((id, i) => {
    if (!offered.has(id)) issues.push({ field: `ranking[${i}]`, message: `group ${input.ranking[i]} is not offered in this survey` })
    else if (ranking.indexOf(id) !== i) issues.push({ field: `ranking[${i}]`, message: `group ${input.ranking[i]} is ranked twice` })
  })
  if (input.freeWindows) issues.push(...validateSpans('freeWindows', input.freeWindows))
  if (!input.consent) issues.push({ field: 'consent', message: "the guardian's consent is needed" })
  if (issues.length > 0) throw ApiError.invalid(issues)
  const freeWindows = input.freeWindows?.map(({ day, start, end }) => ({ day, start, end })) as SurveyAnswer['freeWindows']
  const existing = await em.findOne(SurveyAnswerEntity, { survey: survey.id, pupil: pupil.id })
  const answer = existing ?? em.create(SurveyAnswerEntity, { survey, pupil, ranking, freeWindows, consent: true, updatedAt: now })
  Object.assign(answer, { ranking, freeWindows: freeWindows ?? null, consent: true, updatedAt: now })
  await em.flush()
  return answer
}
