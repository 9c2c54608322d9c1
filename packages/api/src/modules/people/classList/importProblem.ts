/**
 * Terminology: a *problem* is what is wrong with one cell of a file a school hands over (a class list,
 * a timetable): its line and column in the file, and a stable code that the web app translates.
 */
export type ProblemCode =
  | 'unreadable'
  | 'empty'
  | 'too_many_rows'
  | 'missing_column'
  | 'required'
  | 'too_long'
  | 'bad_gender'
  | 'bad_language'
  | 'bad_email'
  | 'bad_phone'
  | 'guardian_email_missing'
  | 'duplicate_key'
  | 'unknown_class'
  | 'not_a_guardian'
  | 'bad_day'
  | 'bad_time'
  | 'end_before_start'
  | 'too_many_lessons'

export interface ImportProblem {
  /** The file's line, 1 being the header. */
  line: number
  /** The column's header as written in the file (or the one missing). */
  column: string
  code: ProblemCode
  /** The cell's value, where there is one. */
  value: string
}
