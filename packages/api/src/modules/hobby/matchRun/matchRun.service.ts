import { targetingOf } from '../survey/targeting.js'
import type { EntityManager } from '@mikro-orm/core'
import { match, MECHANISMS, type Mechanism, type WeeklySpan } from '@mukana/matcher'
import { ClassActivityEntity } from '../schedule/classActivity.entity.js'
import { ApiError, type FieldIssue } from '../../../graphql/ApiError.js'
import { fieldIssue } from '../../../graphql/fieldIssue.js'
import { INPUT_LIMITS, withinLimit } from '../../../graphql/inputLimits.js'
import { findCoordinatedSurvey, findOfferedGroups } from '../survey/survey.service.js'
import { answersToMatch } from './answersToMatch.js'
import { runSql } from '../../../db/runSql.js'
import { buildSurveyInstance } from './buildSurveyInstance.js'
import { MatchRunEntity, type MatchRun } from './matchRun.entity.js'
import type { RunMatchInput } from './matchRun.input.js'
import { UserEntity, type Account } from '../../people/index.js'

/** A coordinator runs the matcher on a closed survey of their area; the run keeps its input and output. */
export async function runMatch(em: EntityManager, user: Account, input: RunMatchInput, now = new Date()): Promise<MatchRun> {
  const survey = await findCoordinatedSurvey(em, user, Number(input.surveyId))
  if (now < survey.closesAt) throw new ApiError('survey/still_open', 'Close the survey before matching: answers may still change.')
  const issues: FieldIssue[] = []
  if (!MECHANISMS.includes(input.mechanism as Mechanism))
    issues.push(fieldIssue('mechanism', 'one_of', { values: MECHANISMS.join(', '), got: input.mechanism }))
  if (!withinLimit('maxPlacements', input.maxPlacements))
    issues.push(fieldIssue('maxPlacements', 'range', { ...INPUT_LIMITS.maxPlacements, got: input.maxPlacements }))
  if (!Number.isSafeInteger(input.seed) || input.seed < 0) issues.push(fieldIssue('seed', 'range', { min: 0, max: Number.MAX_SAFE_INTEGER, got: input.seed }))
  if (issues.length > 0) throw ApiError.invalid(issues)
  const groups = await findOfferedGroups(em, survey)
  const answers = await answersToMatch(em, survey.id)
  const activities = await em.find(ClassActivityEntity, { schoolClass: { school: { area: survey.area.id } } }, { populate: ['group'] })
  const schoolDay = new Map<number, WeeklySpan[]>()
  for (const activity of activities) schoolDay.set(activity.schoolClass.id, [...(schoolDay.get(activity.schoolClass.id) ?? []), ...activity.group.sessions])
  const instance = buildSurveyInstance(groups, answers, schoolDay, input.seed, input.maxPlacements, targetingOf(survey))
  const result = match(instance, { mechanism: input.mechanism as Mechanism })
  const fields = {
    survey,
    mechanism: input.mechanism as Mechanism,
    seed: input.seed,
    maxPlacements: input.maxPlacements,
    instance,
    result,
    createdBy: em.getReference(UserEntity, user.id),
    createdAt: now,
  }
  // One plain insert: a city's instance and result are megabytes of JSON, which the unit of work would
  // also copy and compare.
  const [{ id }] = await runSql<{ id: number }[]>(
    em,
    'insert into match_run (survey_id, mechanism, seed, max_placements, instance, result, created_by_id, created_at) values (?, ?, ?, ?, ?, ?, ?, ?) returning id',
    [
      survey.id,
      fields.mechanism,
      fields.seed,
      fields.maxPlacements,
      JSON.stringify(instance),
      JSON.stringify(result),
      user.id,
      em.getPlatform().processDateProperty(now),
    ],
  )
  return Object.assign(em.getReference(MatchRunEntity, Number(id)), fields, { publishedAt: null })
}

/** A survey's runs, newest first, with their results (for its area's coordinators). */
export async function findMatchRuns(em: EntityManager, user: Account, surveyId: number): Promise<MatchRun[]> {
  await findCoordinatedSurvey(em, user, surveyId)
  return em.find(MatchRunEntity, { survey: surveyId }, { orderBy: { id: 'desc' }, populate: ['result'] })
}
