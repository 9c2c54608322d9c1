import type { EntityManager } from '@mikro-orm/core'
import { tallyAttendance } from '../attendance/tallyAttendance.js'
import { isRegular } from '../attendance/isRegular.js'
import { runSql } from '../../../db/runSql.js'
import { selectByIds } from '../../../db/selectByIds.js'
import { findOfferedGroups } from '../survey/survey.service.js'
import type { Survey } from '../survey/survey.entity.js'
import { jsonColumn } from '../../../db/jsonColumn.js'
import type { Child } from '../../people/index.js'
import { schoolYearOf } from '../calendar/termOf.js'

/** What the indicators and the research export read of a survey's pupil, as it was in that year's class. */
export interface SurveyPupil {
  id: number
  gender: Child['gender']
  district: string | null
  homeLanguages: string[]
  schoolClass: { name: string; school: { name: string } }
}

/** A survey's pupils (its area and grade) and, by child id, who answered, who has a hobby of the term, whose hobby became regular. */
export interface SurveyOutcomes {
  pupils: SurveyPupil[]
  answered: Set<number>
  enrolled: Set<number>
  regular: Set<number>
  /** Pupils in a family group with an adult of their family taking part. */
  withFamily: Set<number>
}

interface PupilRow {
  id: number
  gender: Child['gender']
  district: string | null
  home_languages: string | string[]
  class_name: string
  school_name: string
}

/**
 * The survey's pupils: the children in its grade's classes of its area in its school year, whether
 * they are in such a class now or were (a later school year moved them on: class memberships, kept
 * only then). Plain rows: a city's grade is thousands of children, and their entities cost half a second.
 */
async function surveyPupils(em: EntityManager, survey: Survey): Promise<SurveyPupil[]> {
  /** Children `c` whose class (`classColumn`) is one of the survey's. */
  const inClasses = (from: string, classColumn: string) =>
    `select c.id, c.gender, c.district, c.home_languages, k.name as class_name, s.name as school_name
     from ${from} join school_class k on k.id = ${classColumn} join school s on s.id = k.school_id
     where k.grade = ? and k.school_year = ? and s.area_id = ?`
  const params = [survey.grade, schoolYearOf(survey.term), survey.area.id]
  const current = await runSql<PupilRow[]>(em, inClasses('child c', 'c.school_class_id'), params)
  const seen = new Set(current.map((row) => Number(row.id)))
  const earlier = (await runSql<PupilRow[]>(em, inClasses('class_membership m join child c on c.id = m.child_id', 'm.school_class_id'), params)).filter(
    (row) => !seen.has(Number(row.id)),
  )
  return [...current, ...earlier].map((row) => ({
    id: Number(row.id),
    gender: row.gender,
    district: row.district,
    homeLanguages: jsonColumn<string[]>(row.home_languages),
    schoolClass: { name: row.class_name, school: { name: row.school_name } },
  }))
}

export async function surveyOutcomes(em: EntityManager, survey: Survey): Promise<SurveyOutcomes> {
  const pupils = await surveyPupils(em, survey)
  // Plain rows: a city's survey has thousands of answers and seats.
  const answers = await runSql<{ child_id: number }[]>(em, 'select child_id from survey_answer where survey_id = ?', [survey.id])
  const groups = await findOfferedGroups(em, survey)
  const ofPupils = new Set(pupils.map((p) => p.id))
  const enrolments = (
    await selectByIds<{ id: number; child_id: number; adults: number }>(
      em,
      (ids) => `select id, child_id, adults from enrolment where status = 'enrolled' and group_id in (${ids})`,
      groups.map((g) => g.id),
    )
  )
    .map((e) => ({ id: Number(e.id), child: Number(e.child_id), adults: Number(e.adults) }))
    .filter((e) => ofPupils.has(e.child))
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
    answered: new Set(answers.map((a) => Number(a.child_id))),
    enrolled: new Set(enrolments.map((e) => e.child)),
    regular: new Set(enrolments.filter((e) => isRegularHobby(e.id)).map((e) => e.child)),
    withFamily: new Set(enrolments.filter((e) => e.adults > 0).map((e) => e.child)),
  }
}
