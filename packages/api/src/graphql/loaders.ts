import DataLoader from 'dataloader'
import type { EntityManager, EntitySchema } from '@mikro-orm/core'
import { AreaEntity, type Area } from '../modules/area/area.entity.js'
import { ClubEntity, type Club } from '../modules/club/club.entity.js'
import { enrolmentsOfPupils } from '../modules/enrolment/enrolment.service.js'
import { HobbyGroupEntity, type HobbyGroup } from '../modules/hobbyGroup/hobbyGroup.entity.js'
import { SchoolEntity, type School } from '../modules/school/school.entity.js'
import { SchoolClassEntity, type SchoolClass } from '../modules/schoolClass/schoolClass.entity.js'

/** Loads entities by id, one query per batch: field resolvers never query once per parent. */
function byId<T extends { id: number }>(em: EntityManager, entity: EntitySchema<T>): DataLoader<number, T | null> {
  return new DataLoader(async (ids) => {
    const rows = (await em.find(entity, { id: { $in: [...ids] } } as never)) as T[]
    const found = new Map(rows.map((row) => [row.id, row]))
    return ids.map((id) => found.get(id) ?? null)
  })
}

export function createLoaders(em: EntityManager) {
  return {
    area: byId<Area>(em, AreaEntity),
    club: byId<Club>(em, ClubEntity),
    school: byId<School>(em, SchoolEntity),
    schoolClass: byId<SchoolClass>(em, SchoolClassEntity),
    hobbyGroup: byId<HobbyGroup>(em, HobbyGroupEntity),
    enrolmentsOfPupil: new DataLoader((pupilIds: readonly number[]) => enrolmentsOfPupils(em, pupilIds)),
  }
}

export type Loaders = ReturnType<typeof createLoaders>
