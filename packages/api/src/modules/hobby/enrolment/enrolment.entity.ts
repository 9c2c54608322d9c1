import { EntitySchema, type Opt } from '@mikro-orm/core'
import { HobbyGroupEntity, type HobbyGroup } from '../hobbyGroup/hobbyGroup.entity.js'
import { type Child, ChildEntity } from '../../people/index.js'

/** A pupil's seat in a hobby group. One row per pupil and group; withdrawing keeps the row. */
export interface Enrolment {
  id: number
  child: Child
  group: HobbyGroup
  status: 'enrolled' | 'withdrawn'
  /** In a family group: the adults of the family taking part with the child (0 or 1), each holding an adult place. */
  adults: number & Opt
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
    adults: { type: 'integer', default: 0 },
    createdAt: { type: 'datetime' },
  },
  uniques: [{ properties: ['child', 'group'] }],
})
