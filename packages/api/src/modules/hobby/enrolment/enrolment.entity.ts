import { EntitySchema } from '@mikro-orm/core'
import { HobbyGroupEntity, type HobbyGroup } from '../hobbyGroup/hobbyGroup.entity.js'
import { type Child, ChildEntity } from '../../people/index.js'

/** A pupil's seat in a hobby group. One row per pupil and group; withdrawing keeps the row. */
export interface Enrolment {
  id: number
  child: Child
  group: HobbyGroup
  status: 'enrolled' | 'withdrawn'
  createdAt: Date
}

export const EnrolmentEntity = new EntitySchema<Enrolment>({
  name: 'Enrolment',
  tableName: 'enrolment',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    child: { kind: 'm:1', entity: () => ChildEntity },
    group: { kind: 'm:1', entity: () => HobbyGroupEntity },
    status: { type: 'string', length: 16 },
    createdAt: { type: 'datetime' },
  },
  uniques: [{ properties: ['child', 'group'] }],
})
