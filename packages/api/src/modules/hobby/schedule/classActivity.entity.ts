import { EntitySchema } from '@mikro-orm/core'
import { HobbyGroupEntity, type HobbyGroup } from '../hobbyGroup/hobbyGroup.entity.js'
import { type SchoolClass, SchoolClassEntity } from '../../people/index.js'

/** A school-day group placed into a class's timetable: the class's pupils can attend it during school. */
export interface ClassActivity {
  id: number
  schoolClass: SchoolClass
  group: HobbyGroup
}

export const ClassActivityEntity = new EntitySchema<ClassActivity>({
  name: 'ClassActivity',
  tableName: 'class_activity',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    schoolClass: { kind: 'm:1', entity: () => SchoolClassEntity },
    group: { kind: 'm:1', entity: () => HobbyGroupEntity },
  },
  uniques: [{ properties: ['schoolClass', 'group'] }],
})
