import type { EntityManager } from '@mikro-orm/core'
import type { WeeklySpan } from '@mukana/matcher'
import { jsonColumn } from '../../../db/jsonColumn.js'
import { runSql } from '../../../db/runSql.js'

/** What the matcher needs of one answer and its pupil. */
export interface AnswerToMatch {
  consent: boolean
  ranking: number[]
  freeWindows: WeeklySpan[] | null
  regularHobby: boolean | null
  child: {
    id: number
    gender: string
    district: string | null
    schoolClass: { id: number; grade: number; lessons: WeeklySpan[]; school: { id: number } }
  }
}

interface AnswerRow {
  consent: boolean | number
  ranking: string | number[]
  free_windows: string | WeeklySpan[] | null
  regular_hobby: boolean | number | null
  child_id: number
  gender: string
  district: string | null
  class_id: number
  grade: number
  lessons: string | WeeklySpan[]
  school_id: number
}

const flag = (value: boolean | number | null) => (value === null ? null : Boolean(value))

/**
 * The answers of a survey's pupils (children in a school class), in the order given, as plain rows in
 * one query: a city's survey has thousands, and hydrating each answer, child, class and school as
 * entities took most of a match run's time.
 */
export async function answersToMatch(em: EntityManager, surveyId: number): Promise<AnswerToMatch[]> {
  const rows = await runSql<AnswerRow[]>(
    em,
    `select a.consent, a.ranking, a.free_windows, a.regular_hobby, c.id as child_id, c.gender, c.district,
            k.id as class_id, k.grade, k.lessons, k.school_id
     from survey_answer a join child c on c.id = a.child_id join school_class k on k.id = c.school_class_id
     where a.survey_id = ? order by a.id`,
    [surveyId],
  )
  return rows.map((row) => ({
    consent: Boolean(row.consent),
    ranking: jsonColumn(row.ranking),
    freeWindows: row.free_windows === null ? null : jsonColumn(row.free_windows),
    regularHobby: flag(row.regular_hobby),
    child: {
      id: Number(row.child_id),
      gender: row.gender,
      district: row.district,
      schoolClass: { id: Number(row.class_id), grade: Number(row.grade), lessons: jsonColumn(row.lessons), school: { id: Number(row.school_id) } },
    },
  }))
}
