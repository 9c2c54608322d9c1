import type { EntityManager } from '@mikro-orm/core'
import { lockRow } from '../../../db/lockRow.js'
import { rehearse } from '../../../db/rehearse.js'
import { ChildEntity, type Child } from '../child/child.entity.js'
import { SchoolEntity } from '../school/school.entity.js'
import type { SchoolClass } from '../schoolClass/schoolClass.entity.js'
import { newAccount, UserEntity, type User } from '../user/user.entity.js'
import { currentClasses } from './currentClasses.js'
import { findAdministeredSchool } from './findAdministeredSchool.js'
import { parseClassList, type ClassListRow, type ImportProblem } from './parseClassList.js'
import type { Account } from '../user/account.js'

export interface ImportReport {
  dryRun: boolean
  /** True when the rows were stored (not a dry run, and no problem). */
  written: boolean
  rows: number
  created: number
  updated: number
  unchanged: number
  guardiansCreated: number
  problems: ImportProblem[]
}

/**
 * A school's class list, as the coordinator (or an administrator) uploads it. Rows are matched to
 * pupils by the school system's pupil key: a new key makes a pupil, a known one updates it (a class
 * move, a new guardian) and keeps its answers, offers and enrolments; the same file again changes
 * nothing. Guardians are matched by e-mail, so siblings share one account. A file with any problem
 * writes nothing; a dry run goes through the very same steps and rolls them back.
 */
export async function importPupils(em: EntityManager, user: Account, input: { schoolId: number; csv: string; dryRun: boolean }): Promise<ImportReport> {
  const school = await findAdministeredSchool(em, user, input.schoolId)
  const parsed = parseClassList(input.csv)
  const report: ImportReport = {
    dryRun: input.dryRun,
    written: false,
    rows: parsed.rows.length,
    created: 0,
    updated: 0,
    unchanged: 0,
    guardiansCreated: 0,
    problems: parsed.problems,
  }
  if (report.problems.length > 0) return report
  report.written = await rehearse(em, input.dryRun, async (tx, abandon) => {
    // One import of a school at a time: a second reads what the first wrote.
    await lockRow(tx, SchoolEntity, school.id)
    const classes = await currentClasses(tx, school.id)
    const emails = [...new Set(parsed.rows.flatMap((row) => row.guardians.map((g) => g.email)))]
    const known = new Map((await tx.find(UserEntity, { email: { $in: emails } })).map((u) => [u.email, u]))
    for (const row of parsed.rows) {
      if (!classes.has(row.className)) report.problems.push({ line: row.line, column: parsed.headers.className, code: 'unknown_class', value: row.className })
      row.guardians.forEach((g, i) => {
        const account = known.get(g.email)
        if (account && account.role !== 'guardian')
          report.problems.push({ line: row.line, column: parsed.headers.guardianEmail[i]!, code: 'not_a_guardian', value: g.email })
      })
    }
    if (report.problems.length > 0) abandon()
    const existing = new Map(
      (await tx.find(ChildEntity, { pupilKey: { $in: parsed.rows.map((r) => r.pupilKey) } }, { populate: ['guardians'] })).map((c) => [c.pupilKey!, c]),
    )
    for (const row of parsed.rows) {
      const guardians = row.guardians.map((g) => {
        let account = known.get(g.email)
        if (!account) {
          account = tx.create(UserEntity, newAccount({ email: g.email, name: g.name, role: 'guardian', phone: g.phone }))
          known.set(g.email, account)
          report.guardiansCreated++
        } else if (g.phone && account.phone !== g.phone) account.phone = g.phone
        return account
      })
      const child = existing.get(row.pupilKey)
      if (!child) {
        const created = tx.create(ChildEntity, {
          ...fieldsOf(row, classes.get(row.className)!),
          district: null,
          birthYear: null,
          registeredAt: null,
          track: null,
        })
        created.guardians.set(guardians)
        report.created++
      } else if (apply(child, row, classes.get(row.className)!, guardians)) report.updated++
      else report.unchanged++
    }
  })
  return report
}

function fieldsOf(row: ClassListRow, schoolClass: SchoolClass) {
  return { firstName: row.firstName, lastName: row.lastName, gender: row.gender, homeLanguages: row.homeLanguages, schoolClass, pupilKey: row.pupilKey }
}

/** Brings a known pupil up to the row; true when anything changed. Guardians are added, never dropped (a family's own links stay). */
function apply(child: Child, row: ClassListRow, schoolClass: SchoolClass, guardians: User[]): boolean {
  const before = JSON.stringify([child.firstName, child.lastName, child.gender, child.homeLanguages, child.schoolClass?.id])
  Object.assign(child, fieldsOf(row, schoolClass))
  const after = JSON.stringify([child.firstName, child.lastName, child.gender, child.homeLanguages, schoolClass.id])
  const have = new Set(child.guardians.getItems().map((g) => g.email))
  const added = guardians.filter((g) => !have.has(g.email))
  for (const guardian of added) child.guardians.add(guardian)
  return before !== after || added.length > 0
}
