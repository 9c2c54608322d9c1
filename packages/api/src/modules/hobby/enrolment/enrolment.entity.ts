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

/**
 * An enrolment as its answer reads it: its own fields, and only the ids of its child and group. What a
 * new seat's write gives: a managed entity would make the child's and the group's entities too, each
 * defining its properties one by one, which cost more than the enrolment's own statement in a rush.
 */
export type EnrolmentFields = Omit<Enrolment, 'child' | 'group'> & { child: { id: number }; group: { id: number } }

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
