import type { EntityManager } from '@mikro-orm/core'
import { ApiError } from '../../../graphql/ApiError.js'
import { fieldIssue } from '../../../graphql/fieldIssue.js'
import { rehearse } from '../../../db/rehearse.js'
import { ChildEntity } from '../child/child.entity.js'
import { ClassMembershipEntity } from './classMembership.entity.js'
import { SchoolClassEntity, type SchoolClass } from './schoolClass.entity.js'

/** The last grade of basic education: its pupils leave the schools' class lists. */
const LAST_GRADE = 9

export interface SchoolYearReport {
  from: string
  to: string
  dryRun: boolean
  classesCreated: number
  pupilsMoved: number
  /** Pupils who finished the last grade and leave the class lists. */
  pupilsLeft: number
  /** Each class of the old year and the class its pupils move to ("9A" → null: they leave). */
  moves: { school: string; from: string; to: string | null; pupils: number }[]
}

/** The next school year of "2026-2027". */
export function nextSchoolYear(year: string): string {
  const match = /^(\d{4})-(\d{4})$/.exec(year)
  if (!match || Number(match[2]) !== Number(match[1]) + 1) throw ApiError.invalid([fieldIssue('from', 'format', { example: '2026-2027', got: year })])
  return `${Number(match[1]) + 1}-${Number(match[2]) + 1}`
}

/** "3A" in grade 3 becomes "4A" in grade 4; a name without the grade in front stays as it is. */
export function nameForGrade(name: string, grade: number): string {
  return name.replace(/^\d+/, String(grade + 1))
}

/**
 * A new school year: each class of the old year gets its successor (grade + 1, the same letter, last
 * year's lessons to start from) and its pupils move there; the last grade's pupils leave the lists.
 * Every old class and every pupil's old class stay (class memberships), so last year's surveys, runs
 * and indicators read as they were. Running it again moves nobody twice. A dry run goes through the
 * same steps and rolls them back; the new third grade then comes by class-list import.
 */
export async function startSchoolYear(em: EntityManager, from: string, dryRun: boolean): Promise<SchoolYearReport> {
  const to = nextSchoolYear(from)
  const report: SchoolYearReport = { from, to, dryRun, classesCreated: 0, pupilsMoved: 0, pupilsLeft: 0, moves: [] }
  await rehearse(em, dryRun, async (tx) => {
    const classes = await tx.find(SchoolClassEntity, { schoolYear: from }, { populate: ['school'], orderBy: { school: { name: 'asc' }, name: 'asc' } })
    const next = new Map((await tx.find(SchoolClassEntity, { schoolYear: to })).map((c) => [`${c.school.id}/${c.name}`, c]))
    for (const old of classes) {
      const pupils = await tx.find(ChildEntity, { schoolClass: old.id })
      let successor: SchoolClass | null = null
      if (old.grade < LAST_GRADE) {
        const name = nameForGrade(old.name, old.grade)
        successor = next.get(`${old.school.id}/${name}`) ?? null
        if (!successor) {
          successor = tx.create(SchoolClassEntity, { school: old.school, name, grade: old.grade + 1, schoolYear: to, lessons: old.lessons })
          next.set(`${old.school.id}/${name}`, successor)
          report.classesCreated++
        }
      }
      for (const pupil of pupils) {
        tx.create(ClassMembershipEntity, { child: pupil, schoolClass: old })
        pupil.schoolClass = successor
      }
      if (successor) report.pupilsMoved += pupils.length
      else report.pupilsLeft += pupils.length
      report.moves.push({ school: old.school.name, from: old.name, to: successor?.name ?? null, pupils: pupils.length })
    }
  })
  return report
}
