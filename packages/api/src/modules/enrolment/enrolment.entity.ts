import { EntitySchema } from '@mikro-orm/core'
import { HobbyGroupEntity, type HobbyGroup } from '../hobbyGroup/hobbyGroup.entity.js'
import { PupilEntity, type Pupil } from '../pupil/pupil.entity.js'

/** A pupil's seat in a hobby group. One row per pupil and group; withdrawing keeps the row. */
export interface Enrolment {
  id: number
  pupil: Pupil
  group: HobbyGroup
  status: 'enrolled' | 'withdrawn'
  createdAt: Date
}

export const EnrolmentEntity = new EntitySchema<Enrolment>({
  name: 'Enrolment',
  tableName: 'enrolment',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    pupil: { kind: 'm:1', entity: () => PupilEntity },
    group: { kind: 'm:1', entity: () => HobbyGroupEntity },
    status: { type: 'string', length: 16 },
    createdAt: { type: 'datetime' },
  },
  uniques: [{ properties: ['pupil', 'group'] }],
})
