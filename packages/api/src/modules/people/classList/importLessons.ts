import type { EntityManager } from '@mikro-orm/core'
import { inWeekOrder, sameWeek, type WeeklySpan } from '@mukana/matcher'
import { lockRow } from '../../../db/lockRow.js'
import { rehearse } from '../../../db/rehearse.js'
import { SchoolEntity } from '../school/school.entity.js'
import { currentClasses } from './currentClasses.js'
import { findAdministeredSchool } from './findAdministeredSchool.js'
import type { ImportProblem } from './importProblem.js'
import { parseTimetable } from './parseTimetable.js'
import type { Account } from '../user/account.js'

export interface LessonsImportReport {
  dryRun: boolean
  /** True when the lessons were stored (not a dry run, and no problem). */
  written: boolean
  rows: number
  /** Lessons in the file, each span of a class's week once. */
  lessons: number
  classesUpdated: number
  classesUnchanged: number
  problems: ImportProblem[]
  /** The week each class the file names would have (or now has): what other modules check against (clashes). */
  weeks: { classId: number; className: string; lessons: WeeklySpan[] }[]
}

/**
 * A school's timetable, as the school system exports it: every class the file names gets exactly the
 * file's lessons (the rest of its week is free for school-day activities); classes it does not name
 * keep theirs. The same file again changes nothing. A file with any problem writes nothing; a dry run
 * goes through the very same steps and rolls them back.
 */
export async function importLessons(em: EntityManager, user: Account, input: { schoolId: number; csv: string; dryRun: boolean }): Promise<LessonsImportReport> {
  const school = await findAdministeredSchool(em, user, input.schoolId)
  const parsed = parseTimetable(input.csv)
  const report: LessonsImportReport = {
    dryRun: input.dryRun,
    written: false,
    rows: parsed.read,
    lessons: parsed.rows.length,
    classesUpdated: 0,
    classesUnchanged: 0,
    problems: parsed.problems,
    weeks: [],
  }
  if (report.problems.length > 0) return report
  report.written = await rehearse(em, input.dryRun, async (tx, abandon) => {
    // One import into a school at a time, and after any class-list import of it.
    await lockRow(tx, SchoolEntity, school.id)
    const classes = await currentClasses(tx, school.id)
    const weeks = new Map<string, WeeklySpan[]>()
    for (const row of parsed.rows) {
      if (!classes.has(row.className)) report.problems.push({ line: row.line, column: parsed.classHeader, code: 'unknown_class', value: row.className })
      else (weeks.get(row.className) ?? weeks.set(row.className, []).get(row.className)!).push(row.lesson)
    }
    if (report.problems.length > 0) abandon()
    for (const [name, lessons] of weeks) {
      const schoolClass = classes.get(name)!
      lessons.sort(inWeekOrder)
      report.weeks.push({ classId: schoolClass.id, className: schoolClass.name, lessons })
      if (sameWeek(schoolClass.lessons, lessons)) report.classesUnchanged++
      else {
        schoolClass.lessons = lessons
        report.classesUpdated++
      }
    }
  })
  return report
}
