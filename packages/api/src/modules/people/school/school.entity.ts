import { EntitySchema } from '@mikro-orm/core'
import { AreaEntity, type Area } from '../area/area.entity.js'

export interface School {
  id: number
  name: string
  area: Area
  /** The school's unit id in the city's service map (palvelukartta), when known. */
  serviceMapId?: number | null
}

export const SchoolEntity = new EntitySchema<School>({
  name: 'School',
  tableName: 'school',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    name: { type: 'string', unique: true },
    area: { kind: 'm:1', entity: () => AreaEntity },
    serviceMapId: { type: 'integer', nullable: true },
  },
})
