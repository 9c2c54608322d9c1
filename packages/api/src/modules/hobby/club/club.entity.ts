import { EntitySchema } from '@mikro-orm/core'

/** A provider of hobby groups: a sports club, an arts school, a youth centre. */
export interface Club {
  id: number
  name: string
}

export const ClubEntity = new EntitySchema<Club>({
  name: 'Club',
  tableName: 'club',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    name: { type: 'string', unique: true },
  },
})
