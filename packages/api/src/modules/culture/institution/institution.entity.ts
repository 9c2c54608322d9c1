import { EntitySchema, type Opt } from '@mikro-orm/core'
import { ArtFieldEntity, type ArtField } from '../artField/artField.entity.js'

/** An orchestra, theatre, museum, library… that hosts godchildren of its field. */
export interface Institution {
  id: number
  name: string
  /** The name in Swedish and English, when given (else the Finnish one shows). */
  nameSv: (string | null) & Opt
  nameEn: (string | null) & Opt
  field: ArtField
}

export const InstitutionEntity = new EntitySchema<Institution>({
  name: 'Institution',
  tableName: 'institution',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    name: { type: 'string', unique: true },
    nameSv: { type: 'string', nullable: true },
    nameEn: { type: 'string', nullable: true },
    field: { kind: 'm:1', entity: () => ArtFieldEntity },
  },
})
