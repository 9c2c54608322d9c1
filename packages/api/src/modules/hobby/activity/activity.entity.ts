import { EntitySchema } from '@mikro-orm/core'

/** An activity of the catalogue pupils choose from, named in Finnish, Swedish and English. */
export interface Activity {
  /** Stable code, e.g. "visual-arts". */
  code: string
  nameFi: string
  nameSv: string
  nameEn: string
}

export const ActivityEntity = new EntitySchema<Activity>({
  name: 'Activity',
  tableName: 'activity',
  properties: {
    code: { type: 'string', length: 40, primary: true },
    nameFi: { type: 'string' },
    nameSv: { type: 'string' },
    nameEn: { type: 'string' },
  },
})
