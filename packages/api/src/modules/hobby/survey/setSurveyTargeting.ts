import type { EntityManager } from '@mikro-orm/core'
import { ApiError } from '../../../graphql/ApiError.js'
import { SurveyEntity, type Survey } from './survey.entity.js'
import { findCoordinatedSurvey } from './survey.service.js'
import { checkTargeting, type Target, type Targeting } from './targeting.js'
import type { SurveyTargetingInput } from './targeting.type.js'
import type { Account } from '../../people/index.js'

/**
 * The coordinator sets whom the survey's match reaches first. It can change until a run is
 * published (runs already made keep the policy they were made with, in their instance); after that
 * the offers stand, and the policy with them.
 */
export async function setSurveyTargeting(em: EntityManager, user: Account, surveyId: number, input: SurveyTargetingInput): Promise<Survey> {
  const survey = await findCoordinatedSurvey(em, user, surveyId)
  const targeting: Targeting = {
    reserves: input.reserves.map((reserve) => ({ target: reserve.target as Target, share: reserve.share })),
    districts: [...new Set(input.districts.map((district) => district.trim()))],
  }
  const issues = checkTargeting(targeting)
  if (issues.length > 0) throw ApiError.invalid(issues)
  const changed = await em.nativeUpdate(SurveyEntity, { id: survey.id, publishedRunId: null }, { targeting })
  if (changed === 0) throw new ApiError('matchRun/already_published', 'A run of this survey is published: its targeting stands.')
  return em.findOneOrFail(SurveyEntity, { id: survey.id }, { refresh: true })
}
