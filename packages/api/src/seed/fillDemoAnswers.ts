import type { EntityManager } from '@mikro-orm/core'
import { seededRandom } from '@mukana/matcher'
import { ChildEntity } from '../modules/people/child/child.entity.js'
import { SurveyEntity } from '../modules/hobby/survey/survey.entity.js'
import { SurveyAnswerEntity } from '../modules/hobby/survey/surveyAnswer.entity.js'
import { findOfferedGroups } from '../modules/hobby/survey/survey.service.js'

/**
 * Demo answers for a survey: every pupil of its area and grade who has not answered and has no
 * guardian account (those families answer themselves) ranks up to three of the survey's after-school
 * and free-time groups they may join, with consent, drawn from `seed`. Returns how many were added.
 */
export async function fillDemoAnswers(em: EntityManager, surveyId: number, seed = 1): Promise<number> {
  const survey = await em.findOneOrFail(SurveyEntity, { id: surveyId })
  const groups = (await findOfferedGroups(em, survey)).filter((g) => g.kind !== 'school-day' && (g.grades.length === 0 || g.grades.includes(survey.grade)))
  const answered = new Set((await em.find(SurveyAnswerEntity, { survey: surveyId }, { fields: ['child'] })).map((a) => a.child.id))
  const pupils = await em.find(
    ChildEntity,
    { schoolClass: { grade: survey.grade, school: { area: survey.area.id } } },
    { populate: ['guardians'], orderBy: { id: 'asc' } },
  )
  const random = seededRandom(seed)
  let added = 0
  for (const pupil of pupils) {
    if (answered.has(pupil.id) || pupil.guardians.length > 0) continue
    const open = groups.filter((g) => !g.girlsOnly || pupil.gender === 'girl')
    const ranking: number[] = []
    while (ranking.length < Math.min(3, open.length)) {
      const pick = open[Math.floor(random() * open.length)]!.id
      if (!ranking.includes(pick)) ranking.push(pick)
    }
    em.create(SurveyAnswerEntity, { survey, child: pupil, ranking, freeWindows: null, consent: true, updatedAt: new Date() })
    added++
  }
  await em.flush()
  return added
}
