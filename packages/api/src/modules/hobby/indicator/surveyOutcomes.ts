import type { EntityManager } from '@mikro-orm/core'
import { tallyAttendance } from '../attendance/tallyAttendance.js'
import { isRegular } from '../attendance/isRegular.js'
import { EnrolmentEntity } from '../enrolment/enrolment.entity.js'
import { findOfferedGroups } from '../survey/survey.service.js'
import type { Survey } from '../survey/survey.entity.js'
import { SurveyAnswerEntity } from '../survey/surveyAnswer.entity.js'
import { ChildEntity, isPupil, type Pupil } from '../../people/index.js'

/** A survey's pupils (its area and grade) and, by child id, who answered, who has a hobby of the term, whose hobby became regular. */
export interface SurveyOutcomes {
  pupils: Pupil[]
  answered: Set<number>
  enrolled: Set<number>
  regular: Set<number>
}

export async function surveyOutcomes(em: EntityManager, survey: Survey): Promise<SurveyOutcomes> {
  const pupils = (
    await em.find(ChildEntity, { schoolClass: { grade: survey.grade, school: { area: survey.area.id } } }, { populate: ['schoolClass.school'] })
  ).filter(isPupil)
  const answers = await em.find(SurveyAnswerEntity, { survey: survey.id }, { fields: ['child'] })
  const groups = await findOfferedGroups(em, survey)
  const enrolments = await em.find(EnrolmentEntity, { status: 'enrolled', group: { $in: groups.map((g) => g.id) }, child: { $in: pupils.map((p) => p.id) } })
  const tally = await tallyAttendance(
    em,
    enrolments.map((e) => e.id),
  )
  const isRegularHobby = (id: number): boolean => {
    const counts = tally.get(id)
    return counts !== undefined && isRegular(counts.attended, counts.recorded)
  }
  return {
    pupils,
    answered: new Set(answers.map((a) => a.child.id)),
    enrolled: new Set(enrolments.map((e) => e.child.id)),
    regular: new Set(enrolments.filter((e) => isRegularHobby(e.id)).map((e) => e.child.id)),
  }
}
