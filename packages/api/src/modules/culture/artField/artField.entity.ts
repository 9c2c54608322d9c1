import { EntitySchema } from '@mikro-orm/core'

/** A field of art or culture a godchild's seven years are about (music, theatre, …), named in three languages. */
export interface ArtField {
  id: number
  code: string
  nameFi: string
  nameSv: string
  nameEn: string
}

export const ArtFieldEntity = new EntitySchema<ArtField>({
  name: 'ArtField',
  tableName: 'art_field',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    code: { type: 'string', length: 40, unique: true },
    nameFi: { type: 'string' },
    nameSv: { type: 'string' },
    nameEn: { type: 'string' },
  },
})
