import type { EntityManager } from '@mikro-orm/core'
import { tallyAttendance } from '../attendance/tallyAttendance.js'
import { isRegular } from '../attendance/isRegular.js'
import { EnrolmentEntity } from '../enrolment/enrolment.entity.js'
import { findOfferedGroups } from '../survey/survey.service.js'
import type { Survey } from '../survey/survey.entity.js'
import { SurveyAnswerEntity } from '../survey/surveyAnswer.entity.js'
import { ChildEntity, ClassMembershipEntity, isPupil, type Pupil } from '../../people/index.js'
import { schoolYearOf } from '../calendar/termOf.js'

/** A survey's pupils (its area and grade) and, by child id, who answered, who has a hobby of the term, whose hobby became regular. */
export interface SurveyOutcomes {
  pupils: Pupil[]
  answered: Set<number>
  enrolled: Set<number>
  regular: Set<number>
  /** Pupils in a family group with an adult of their family taking part. */
  withFamily: Set<number>
}

/**
 * The survey's pupils: the children in its grade's classes of its area in its school year, whether
 * they are in such a class now or were (a later school year moved them on: class memberships).
 */
async function surveyPupils(em: EntityManager, survey: Survey): Promise<Pupil[]> {
  const classes = { grade: survey.grade, schoolYear: schoolYearOf(survey.term), school: { area: survey.area.id } }
  const current = (await em.find(ChildEntity, { schoolClass: classes }, { populate: ['schoolClass.school'] })).filter(isPupil)
  const seen = new Set(current.map((pupil) => pupil.id))
  const earlier = await em.find(ClassMembershipEntity, { schoolClass: classes, child: { $nin: [...seen] } }, { populate: ['child', 'schoolClass.school'] })
  // As they were then: in that year's class.
  return [...current, ...earlier.map((m) => ({ ...m.child, schoolClass: m.schoolClass }) as Pupil)]
}

export async function surveyOutcomes(em: EntityManager, survey: Survey): Promise<SurveyOutcomes> {
  const pupils = await surveyPupils(em, survey)
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
    withFamily: new Set(enrolments.filter((e) => e.adults > 0).map((e) => e.child.id)),
  }
}
