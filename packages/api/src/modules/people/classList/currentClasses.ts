import type { EntityManager } from '@mikro-orm/core'
import { SchoolClassEntity, type SchoolClass } from '../schoolClass/schoolClass.entity.js'

/** The school's classes of its latest school year, by name in capitals: the classes a school's file speaks of. */
export async function currentClasses(em: EntityManager, schoolId: number): Promise<Map<string, SchoolClass>> {
  const classes = await em.find(SchoolClassEntity, { school: schoolId }, { orderBy: { schoolYear: 'desc' } })
  const latest = classes[0]?.schoolYear
  return new Map(classes.filter((c) => c.schoolYear === latest).map((c) => [c.name.toUpperCase(), c]))
}
