/**
 * Areas, schools and classes, as the city's administrators and the areas' coordinators keep them:
 * an admin anywhere, a coordinator within their own area. Every refusal of input names its field.
 */
import type { EntityManager } from '@mikro-orm/core'
import { flushUnique } from '../../db/flushUnique.js'
import { ApiError, type FieldIssue } from '../../graphql/ApiError.js'
import { validateSpans } from '../../graphql/validateSpans.js'
import type { WeeklySessionInput } from '../../graphql/WeeklySession.js'
import { administersArea } from './access/scopes.js'
import { AreaEntity, type Area } from './area/area.entity.js'
import type { SchoolClassInput, SchoolInput } from './places.input.js'
import { SchoolEntity, type School } from './school/school.entity.js'
import { SchoolClassEntity, type SchoolClass } from './schoolClass/schoolClass.entity.js'
import type { User } from './user/user.entity.js'

const CLASS_NAME = /^[\p{L}\p{N}][\p{L}\p{N} -]{0,15}$/u
const SCHOOL_YEAR = /^(\d{4})-(\d{4})$/

function nameIssue(field: string, name: string, most = 120): FieldIssue[] {
  const trimmed = name.trim()
  return trimmed === '' || trimmed.length > most ? [{ field, message: `must be 1–${most} characters` }] : []
}

export async function saveArea(em: EntityManager, name: string, areaId?: number): Promise<Area> {
  const issues = nameIssue('name', name)
  if (issues.length > 0) throw ApiError.invalid(issues)
  const area = areaId ? await em.findOne(AreaEntity, { id: areaId }) : em.create(AreaEntity, { name: name.trim() })
  if (!area) throw new ApiError('not_found', `No area ${areaId}.`)
  area.name = name.trim()
  await flushUnique(em, { field: 'name', message: `an area "${name.trim()}" exists already` })
  return area
}

export async function saveSchool(em: EntityManager, user: User, input: SchoolInput, schoolId?: number): Promise<School> {
  const issues = nameIssue('name', input.name)
  const serviceMapId = input.serviceMapId ?? null
  if (serviceMapId !== null && !(serviceMapId >= 1 && serviceMapId <= 999_999_999))
    issues.push({ field: 'serviceMapId', message: `must be a unit id, got ${serviceMapId}` })
  const area = await em.findOne(AreaEntity, { id: Number(input.areaId) })
  if (!area) issues.push({ field: 'areaId', message: `no area ${input.areaId}` })
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
  await flushUnique(em, { field: 'name', message: `a school "${input.name.trim()}" exists already` })
  return school
}

export async function saveClass(em: EntityManager, user: User, input: SchoolClassInput, classId?: number): Promise<SchoolClass> {
  const issues: FieldIssue[] = []
  const name = input.name.trim()
  if (!CLASS_NAME.test(name)) issues.push({ field: 'name', message: `must be like "3A", at most 16 characters, got "${input.name}"` })
  if (!(Number.isInteger(input.grade) && input.grade >= 0 && input.grade <= 10)) issues.push({ field: 'grade', message: `must be 0–10, got ${input.grade}` })
  const year = SCHOOL_YEAR.exec(input.schoolYear)
  if (!year || Number(year[2]) !== Number(year[1]) + 1) issues.push({ field: 'schoolYear', message: `must be like "2026-2027", got "${input.schoolYear}"` })
  const school = await em.findOne(SchoolEntity, { id: Number(input.schoolId) })
  if (!school) issues.push({ field: 'schoolId', message: `no school ${input.schoolId}` })
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
  await flushUnique(em, { field: 'name', message: `${school!.name} has a class ${name} in ${input.schoolYear} already` })
  return schoolClass
}

/** A class's weekly lessons, replaced as a whole (the rest of each day is free for school-day activities). */
export async function setClassLessons(em: EntityManager, user: User, classId: number, lessons: WeeklySessionInput[]): Promise<SchoolClass> {
  const schoolClass = await em.findOne(SchoolClassEntity, { id: classId }, { populate: ['school'] })
  if (!schoolClass) throw new ApiError('not_found', `No class ${classId}.`)
  administersArea(user, schoolClass.school.area.id)
  const issues = validateSpans('lessons', lessons)
  if (lessons.length > 60) issues.push({ field: 'lessons', message: `at most 60 lessons a week, got ${lessons.length}` })
  if (issues.length > 0) throw ApiError.invalid(issues)
  schoolClass.lessons = lessons.map(({ day, start, end }) => ({ day, start, end })) as SchoolClass['lessons']
  await em.flush()
  return schoolClass
}
