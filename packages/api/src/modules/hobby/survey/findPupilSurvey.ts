import type { EntityManager } from '@mikro-orm/core'
import { ApiError } from '../../../graphql/ApiError.js'
import type { HobbyGroup } from '../hobbyGroup/hobbyGroup.entity.js'
import { ClassActivityEntity } from '../schedule/classActivity.entity.js'
import { SurveyEntity, type Survey } from './survey.entity.js'
import { SurveyAnswerEntity, type SurveyAnswer } from './surveyAnswer.entity.js'
import { SurveyCodeEntity } from './surveyCode.entity.js'
import { checkOpen, findOfferedGroups } from './survey.service.js'
import { normalizeCode } from './issueSurveyCodes.js'
import { guardsChild, isPupil, type Pupil, type Account } from '../../people/index.js'

export interface PupilSurvey {
  survey: Survey
  childId: number
  childFirstName: string
  groups: HobbyGroup[]
  answer: SurveyAnswer | null
}

/** Whether the pupil can take part in the group: grade, girls-only, and a school-day group placed into the pupil's class. */
function fits(group: HobbyGroup, pupil: Pupil, placedInClass: ReadonlySet<number>): boolean {
  if (group.grades.length > 0 && !group.grades.includes(pupil.schoolClass.grade)) return false
  if (group.girlsOnly && pupil.gender !== 'girl') return false
  return group.kind !== 'school-day' || placedInClass.has(group.id)
}

async function pupilSurvey(em: EntityManager, survey: Survey, pupil: Pupil): Promise<PupilSurvey> {
  const placed = await em.find(ClassActivityEntity, { schoolClass: pupil.schoolClass.id }, { fields: ['group'] })
  const placedInClass = new Set(placed.map((row) => row.group.id))
  const groups = (await findOfferedGroups(em, survey)).filter((group) => fits(group, pupil, placedInClass))
  const answer = await em.findOne(SurveyAnswerEntity, { survey: survey.id, child: pupil.id })
  return { survey, childId: pupil.id, childFirstName: pupil.firstName, groups, answer }
}

/** A guardian's view of a survey for their child. */
export async function findPupilSurvey(em: EntityManager, user: Account, surveyId: number, childId: number): Promise<PupilSurvey> {
  const pupil = await guardsChild(em, user, childId)
  const survey = await em.findOne(SurveyEntity, { id: surveyId })
  if (!survey) throw new ApiError('not_found', `No survey ${surveyId}.`)
  await em.populate(pupil, ['schoolClass.school'])
  if (!isPupil(pupil) || pupil.schoolClass.grade !== survey.grade || pupil.schoolClass.school.area.id !== survey.area.id) {
    throw new ApiError('survey/not_for_pupil', 'This survey is for another area or grade.')
  }
  return pupilSurvey(em, survey, pupil)
}

/** What a pupil at school sees after typing the one-time code (an unused code only; the answer so far stays the guardian's). */
export async function findSurveyForCode(em: EntityManager, code: string, now = new Date()): Promise<PupilSurvey> {
  const found = await em.findOne(SurveyCodeEntity, { code: normalizeCode(code), usedAt: null }, { populate: ['survey', 'child.schoolClass'] })
  if (!found || !isPupil(found.child)) throw new ApiError('survey/invalid_code', 'This code is not valid, or it has been used.')
  // Said before the pupil picks anything: a closed survey takes no answers.
  checkOpen(found.survey, now)
  return { ...(await pupilSurvey(em, found.survey, found.child)), answer: null }
}
