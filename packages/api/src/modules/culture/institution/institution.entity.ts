import { EntitySchema } from '@mikro-orm/core'
import { ArtFieldEntity, type ArtField } from '../artField/artField.entity.js'

/** An orchestra, theatre, museum, library… that hosts godchildren of its field. */
export interface Institution {
  id: number
  name: string
  field: ArtField
}

export const InstitutionEntity = new EntitySchema<Institution>({
  name: 'Institution',
  tableName: 'institution',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    name: { type: 'string', unique: true },
    field: { kind: 'm:1', entity: () => ArtFieldEntity },
  },
})
