import { EntitySchema } from '@mikro-orm/core'
import { ChildEntity, type Child } from '../child/child.entity.js'
import { SchoolClassEntity, type SchoolClass } from './schoolClass.entity.js'

/**
 * A class a child was in, kept when a new school year moves the child on: last year's surveys, runs
 * and indicators still find their pupils. The current class is the child's `schoolClass`.
 */
export interface ClassMembership {
  id: number
  child: Child
  schoolClass: SchoolClass
}

export const ClassMembershipEntity = new EntitySchema<ClassMembership>({
  name: 'ClassMembership',
  tableName: 'class_membership',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    child: { kind: 'm:1', entity: () => ChildEntity, deleteRule: 'cascade' },
    schoolClass: { kind: 'm:1', entity: () => SchoolClassEntity },
  },
  uniques: [{ properties: ['child', 'schoolClass'] }],
})
