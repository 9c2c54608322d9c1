import type { EntityManager } from '@mikro-orm/core'
import { ApiError, type FieldIssue } from '../../../graphql/ApiError.js'
import { fieldIssue } from '../../../graphql/fieldIssue.js'
import { INPUT_LIMITS, withinLimit } from '../../../graphql/inputLimits.js'
import { HobbyGroupEntity, type HobbyGroup } from '../hobbyGroup/hobbyGroup.entity.js'
import { validateSpans } from '../../../graphql/validateSpans.js'
import { SurveyEntity, type Survey } from './survey.entity.js'
import { SurveyAnswerEntity, type SurveyAnswer } from './surveyAnswer.entity.js'
import { SurveyCodeEntity } from './surveyCode.entity.js'
import { normalizeCode } from './issueSurveyCodes.js'
import type { AnswerSurveyInput, OpenSurveyInput } from './survey.input.js'
import { type Child, ChildEntity, coordinatesArea, guardsChild, isPupil, SchoolEntity, type Account } from '../../people/index.js'
import { lockRow } from '../../../db/lockRow.js'

const TERM = /^20\d\d-(spring|autumn)$/

/** The survey, if the user coordinates its area; else a refusal. */
export async function findCoordinatedSurvey(em: EntityManager, user: Account, surveyId: number): Promise<Survey> {
  const survey = await em.findOne(SurveyEntity, { id: surveyId })
  if (!survey) throw new ApiError('not_found', `No survey ${surveyId}.`)
  coordinatesArea(user, survey.area.id)
  return survey
}

export async function openSurvey(em: EntityManager, user: Account, input: OpenSurveyInput): Promise<Survey> {
  coordinatesArea(user, Number(input.areaId))
  const issues: FieldIssue[] = []
  if (!withinLimit('grade', input.grade)) issues.push(fieldIssue('grade', 'range', { ...INPUT_LIMITS.grade, got: input.grade }))
  if (!TERM.test(input.term)) issues.push(fieldIssue('term', 'format', { example: '2026-autumn', got: input.term }))
  if (!(input.closesAt > input.opensAt)) issues.push(fieldIssue('closesAt', 'after'))
  if (issues.length > 0) throw ApiError.invalid(issues)
  const survey = em.create(SurveyEntity, {
    area: Number(input.areaId),
    grade: input.grade,
    term: input.term,
    opensAt: input.opensAt,
    closesAt: input.closesAt,
    publishedRunId: null,
  })
  await em.flush()
  return survey
}

/** Closes an open survey now. */
export async function closeSurvey(em: EntityManager, user: Account, surveyId: number, now = new Date()): Promise<Survey> {
  const survey = await findCoordinatedSurvey(em, user, surveyId)
  if (survey.closesAt <= now) throw new ApiError('survey/closed', 'The survey is already closed.')
  survey.closesAt = now
  if (survey.opensAt > now) survey.opensAt = now
  await em.flush()
  return survey
}

/** Coordinators see their area's surveys, teachers their school's area's, guardians those for their children. */
export async function findVisibleSurveys(em: EntityManager, user: Account): Promise<Survey[]> {
  const orderBy = { opensAt: 'desc', id: 'desc' } as const
  if (user.role === 'coordinator' && user.area) return em.find(SurveyEntity, { area: user.area.id }, { orderBy })
  if (user.role === 'teacher' && user.school) {
    const school = await em.findOneOrFail(SchoolEntity, { id: user.school.id })
    return em.find(SurveyEntity, { area: school.area.id }, { orderBy })
  }
  if (user.role === 'guardian') {
    const children = await em.find(ChildEntity, { guardians: user.id }, { populate: ['schoolClass.school'] })
    const pupils = children.filter(isPupil)
    if (pupils.length === 0) return []
    return em.find(SurveyEntity, { $or: pupils.map((c) => ({ area: c.schoolClass.school.area.id, grade: c.schoolClass.grade })) }, { orderBy })
  }
  throw new ApiError('auth/forbidden', 'Surveys are for coordinators, teachers and guardians.')
}

/** Whether a survey offers a group: one of its term's, meeting at a school of its area or at no school. */
export function isOffered(group: HobbyGroup, survey: Survey): boolean {
  return group.term === survey.term && (group.school === null || group.school.area.id === survey.area.id)
}

/** The groups a survey offers (see isOffered), schools loaded. */
export async function findOfferedGroups(em: EntityManager, survey: Survey): Promise<HobbyGroup[]> {
  const groups = await em.find(HobbyGroupEntity, { term: survey.term }, { orderBy: { id: 'asc' }, populate: ['school', 'club'] })
  return groups.filter((group) => isOffered(group, survey))
}

/** Refuses when the survey is not open at `now`. */
/** Refuses a survey that is not open now: before it opens, and once it has closed. */
export function checkOpen(survey: Survey, now: Date): void {
  if (now < survey.opensAt) throw new ApiError('survey/not_open', 'The survey is not open yet.')
  if (now >= survey.closesAt) throw new ApiError('survey/closed', 'The survey has closed; answers can no longer change.')
}

/** Problems with a ranking of group ids, by field, against the groups the survey offers. */
function checkRanking(offeredGroups: readonly HobbyGroup[], given: readonly string[]): FieldIssue[] {
  const offered = new Set(offeredGroups.map((group) => group.id))
  const ranking = given.map(Number)
  const issues: FieldIssue[] = []
  ranking.forEach((id, i) => {
    if (!offered.has(id)) issues.push(fieldIssue(`ranking[${i}]`, 'unknown', { got: given[i] }))
    else if (ranking.indexOf(id) !== i) issues.push(fieldIssue(`ranking[${i}]`, 'duplicate', { got: given[i] }))
  })
  return issues
}

/**
 * Appends to `ranking`, in the order given, every offered group of each ranked activity that is not
 * ranked yet; returns the problems, by field (an activity with no group in the survey, one ranked twice).
 */
function expandActivities(offered: readonly HobbyGroup[], activities: readonly string[], ranking: number[]): FieldIssue[] {
  const issues: FieldIssue[] = []
  activities.forEach((activity, i) => {
    const groups = offered.filter((group) => group.activity === activity)
    if (groups.length === 0) issues.push(fieldIssue(`activities[${i}]`, 'unknown', { got: activity }))
    else if (activities.indexOf(activity) !== i) issues.push(fieldIssue(`activities[${i}]`, 'duplicate', { got: activity }))
    else for (const group of groups) if (!ranking.includes(group.id)) ranking.push(group.id)
  })
  return issues
}

type AnswerFields = Pick<SurveyAnswer, 'ranking' | 'freeWindows' | 'consent' | 'regularHobby'>

/**
 * Stores a pupil's answer, replacing an earlier one (`fields` sees it), in a transaction of its own with
 * `before` (e.g. using up a code). The child's row is touched first, so that answers sent at once are
 * stored one after another: the last one stands, and none is refused for the first one's row.
 */
async function saveAnswer(
  em: EntityManager,
  survey: Survey,
  pupil: Child,
  fields: (earlier: SurveyAnswer | null) => AnswerFields,
  now: Date,
  before: (tx: EntityManager) => Promise<void> = async () => {},
): Promise<SurveyAnswer> {
  return em.transactional(async (tx) => {
    await lockRow(tx, ChildEntity, pupil.id)
    await before(tx)
    const earlier = await tx.findOne(SurveyAnswerEntity, { survey: survey.id, child: pupil.id }, { refresh: true })
    const answer = earlier ?? tx.create(SurveyAnswerEntity, { survey, child: pupil, ...fields(null), updatedAt: now })
    return tx.assign(answer, { ...fields(earlier), updatedAt: now })
  })
}

/** A guardian answers for their child, or changes the answer, while the survey is open. */
export async function answerSurvey(em: EntityManager, user: Account, input: AnswerSurveyInput, now = new Date()): Promise<SurveyAnswer> {
  const pupil = await guardsChild(em, user, Number(input.childId))
  const survey = await em.findOne(SurveyEntity, { id: Number(input.surveyId) })
  if (!survey) throw new ApiError('not_found', `No survey ${input.surveyId}.`)
  checkOpen(survey, now)
  await em.populate(pupil, ['schoolClass.school'])
  if (!isPupil(pupil) || pupil.schoolClass.grade !== survey.grade || pupil.schoolClass.school.area.id !== survey.area.id) {
    throw new ApiError('survey/not_for_pupil', 'This survey is for another area or grade.')
  }
  const offered = await findOfferedGroups(em, survey)
  const issues = checkRanking(offered, input.ranking)
  const ranking = input.ranking.map(Number)
  issues.push(...expandActivities(offered, input.activities ?? [], ranking))
  if (input.freeWindows) issues.push(...validateSpans('freeWindows', input.freeWindows))
  if (!input.consent) issues.push(fieldIssue('consent', 'consent'))
  if (issues.length > 0) throw ApiError.invalid(issues)
  const freeWindows = (input.freeWindows?.map(({ day, start, end }) => ({ day, start, end })) ?? null) as SurveyAnswer['freeWindows']
  const fields = (earlier: SurveyAnswer | null) => ({ ranking, freeWindows, consent: true, regularHobby: input.regularHobby ?? earlier?.regularHobby ?? null })
  return saveAnswer(em, survey, pupil, fields, now)
}

/**
 * A pupil answers at school with a one-time code. The answer keeps any consent the guardian already
 * gave; without it, the answer waits for the guardian's consent before it is matched.
 */
export async function answerWithCode(
  em: EntityManager,
  code: string,
  ranking: string[],
  regularHobby: boolean | null = null,
  now = new Date(),
): Promise<SurveyAnswer> {
  const found = await em.findOne(SurveyCodeEntity, { code: normalizeCode(code), usedAt: null }, { populate: ['survey', 'child'] })
  if (!found) throw new ApiError('survey/invalid_code', 'This code is not valid, or it has been used.')
  checkOpen(found.survey, now)
  const issues = checkRanking(await findOfferedGroups(em, found.survey), ranking)
  if (issues.length > 0) throw ApiError.invalid(issues)
  // The code is used up in the answer's own transaction: a failed answer leaves the code valid.
  const useCode = async (tx: EntityManager) => {
    const used = await tx.nativeUpdate(SurveyCodeEntity, { id: found.id, usedAt: null }, { usedAt: now })
    if (used === 0) throw new ApiError('survey/invalid_code', 'This code is not valid, or it has been used.')
  }
  const fields = (earlier: SurveyAnswer | null) => ({
    ranking: ranking.map(Number),
    freeWindows: earlier?.freeWindows ?? null,
    consent: earlier?.consent ?? false,
    // The pupil's own word on a regular hobby, unless the pupil left it out (the guardian's then stands).
    regularHobby: regularHobby ?? earlier?.regularHobby ?? null,
  })
  return saveAnswer(em, found.survey, found.child, fields, now, useCode)
}
