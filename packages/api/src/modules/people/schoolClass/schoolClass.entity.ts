import { EntitySchema } from '@mikro-orm/core'
import type { WeeklySpan } from '@mukana/matcher'
import { SchoolEntity, type School } from '../school/school.entity.js'

/** A class of a school in a school year, with its weekly lessons (the rest of the day is free). */
export interface SchoolClass {
  id: number
  school: School
  /** E.g. "3A". */
  name: string
  grade: number
  /** E.g. "2026-2027". */
  schoolYear: string
  lessons: WeeklySpan[]
}

export const SchoolClassEntity = new EntitySchema<SchoolClass>({
  name: 'SchoolClass',
  tableName: 'school_class',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    school: { kind: 'm:1', entity: () => SchoolEntity },
    name: { type: 'string', length: 16 },
    grade: { type: 'integer' },
    schoolYear: { type: 'string', length: 9 },
    lessons: { type: 'json' },
  },
  uniques: [{ properties: ['school', 'name', 'schoolYear'] }],
})
