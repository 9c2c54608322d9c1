import { EntitySchema } from '@mikro-orm/core'
import { EnrolmentEntity, type Enrolment } from '../enrolment/enrolment.entity.js'

/** Whether an enrolled pupil came to one meeting of the group. */
export interface Attendance {
  id: number
  enrolment: Enrolment
  /** The meeting's date, YYYY-MM-DD. */
  date: string
  present: boolean
}

export const AttendanceEntity = new EntitySchema<Attendance>({
  name: 'Attendance',
  tableName: 'attendance',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    enrolment: { kind: 'm:1', entity: () => EnrolmentEntity },
    date: { type: 'string', length: 10 },
    present: { type: 'boolean' },
  },
  uniques: [{ properties: ['enrolment', 'date'] }],
})
