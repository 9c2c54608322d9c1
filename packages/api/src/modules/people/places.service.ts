/**
 * Areas, schools and classes, as the city's administrators and the areas' coordinators keep them:
 * an admin anywhere, a coordinator within their own area. Every refusal of input names its field.
 */
import type { EntityManager } from '@mikro-orm/core'
import { flushUnique } from '../../db/flushUnique.js'
import { ApiError, type FieldIssue } from '../../graphql/ApiError.js'
import { fieldIssue } from '../../graphql/fieldIssue.js'
import { INPUT_LIMITS, withinLimit } from '../../graphql/inputLimits.js'
import { validateSpans } from '../../graphql/validateSpans.js'
import type { WeeklySessionInput } from '../../graphql/WeeklySession.js'
import { administersArea } from './access/scopes.js'
import { AreaEntity, type Area } from './area/area.entity.js'
import type { SchoolClassInput, SchoolInput } from './places.input.js'
import { SchoolEntity, type School } from './school/school.entity.js'
import { SchoolClassEntity, type SchoolClass } from './schoolClass/schoolClass.entity.js'
import type { Account } from './user/account.js'

const CLASS_NAME = /^[\p{L}\p{N}][\p{L}\p{N} -]{0,15}$/u
const SCHOOL_YEAR = /^(\d{4})-(\d{4})$/

function nameIssue(field: string, name: string): FieldIssue[] {
  return withinLimit('name', [...name.trim()].length) ? [] : [fieldIssue(field, 'length', INPUT_LIMITS.name)]
}

export async function saveArea(em: EntityManager, name: string, areaId?: number): Promise<Area> {
  const issues = nameIssue('name', name)
  if (issues.length > 0) throw ApiError.invalid(issues)
  const area = areaId ? await em.findOne(AreaEntity, { id: areaId }) : em.create(AreaEntity, { name: name.trim() })
  if (!area) throw new ApiError('not_found', `No area ${areaId}.`)
  area.name = name.trim()
  await flushUnique(em, fieldIssue('name', 'exists', { got: name.trim() }))
  return area
}

export async function saveSchool(em: EntityManager, user: Account, input: SchoolInput, schoolId?: number): Promise<School> {
  const issues = nameIssue('name', input.name)
  const serviceMapId = input.serviceMapId ?? null
  if (serviceMapId !== null && !withinLimit('serviceMapId', serviceMapId)) issues.push(fieldIssue('serviceMapId', 'number', { got: serviceMapId }))
  const area = await em.findOne(AreaEntity, { id: Number(input.areaId) })
  if (!area) issues.push(fieldIssue('areaId', 'unknown', { got: input.areaId }))
  if (issues.length > 0) throw ApiError.invalid(issues)
  administersArea(user, area!.id)
  let school: School
  if (schoolId) {
    const found = await em.findOne(SchoolEntity, { id: schoolId })
    if (!found) throw new ApiError('not_found', `No school ${schoolId}.`)
    administersArea(user, found.area.id)
    school = em.assign(found, { name: input.name.trim(), area: area!, serviceMapId })
  } else {
    school = em.create(SchoolEntity, { name: input.name.trim(), area: area!, serviceMapId })
  }
  await flushUnique(em, fieldIssue('name', 'exists', { got: input.name.trim() }))
  return school
}

export async function saveClass(em: EntityManager, user: Account, input: SchoolClassInput, classId?: number): Promise<SchoolClass> {
  const issues: FieldIssue[] = []
  const name = input.name.trim()
  if (!CLASS_NAME.test(name)) issues.push(fieldIssue('name', 'format', { example: '3A', got: input.name }))
  if (!withinLimit('grade', input.grade)) issues.push(fieldIssue('grade', 'range', { ...INPUT_LIMITS.grade, got: input.grade }))
  const year = SCHOOL_YEAR.exec(input.schoolYear)
  if (!year || Number(year[2]) !== Number(year[1]) + 1) issues.push(fieldIssue('schoolYear', 'format', { example: '2026-2027', got: input.schoolYear }))
  const school = await em.findOne(SchoolEntity, { id: Number(input.schoolId) })
  if (!school) issues.push(fieldIssue('schoolId', 'unknown', { got: input.schoolId }))
  if (issues.length > 0) throw ApiError.invalid(issues)
  administersArea(user, school!.area.id)
  let schoolClass: SchoolClass
  if (classId) {
    const found = await em.findOne(SchoolClassEntity, { id: classId }, { populate: ['school'] })
    if (!found) throw new ApiError('not_found', `No class ${classId}.`)
    administersArea(user, found.school.area.id)
    schoolClass = em.assign(found, { name, grade: input.grade, schoolYear: input.schoolYear, school: school! })
  } else {
    schoolClass = em.create(SchoolClassEntity, { name, grade: input.grade, schoolYear: input.schoolYear, school: school!, lessons: [] })
  }
  await flushUnique(em, fieldIssue('name', 'exists', { got: name }))
  return schoolClass
}

/** A class's weekly lessons, replaced as a whole (the rest of each day is free for school-day activities). */
export async function setClassLessons(em: EntityManager, user: Account, classId: number, lessons: WeeklySessionInput[]): Promise<SchoolClass> {
  const schoolClass = await em.findOne(SchoolClassEntity, { id: classId }, { populate: ['school'] })
  if (!schoolClass) throw new ApiError('not_found', `No class ${classId}.`)
  administersArea(user, schoolClass.school.area.id)
  const issues = validateSpans('lessons', lessons)
  if (lessons.length > INPUT_LIMITS.weeklyLessons.max)
    issues.push(fieldIssue('lessons', 'too_many', { max: INPUT_LIMITS.weeklyLessons.max, got: lessons.length }))
  if (issues.length > 0) throw ApiError.invalid(issues)
  schoolClass.lessons = lessons.map(({ day, start, end }) => ({ day, start, end })) as SchoolClass['lessons']
  await em.flush()
  return schoolClass
}
