import { EntitySchema } from '@mikro-orm/core'

/** A city district the programme works in (Kontula, Mellunmäki, …). */
export interface Area {
  id: number
  name: string
}

export const AreaEntity = new EntitySchema<Area>({
  name: 'Area',
  tableName: 'area',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    name: { type: 'string', unique: true },
  },
})
