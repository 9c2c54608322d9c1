import { Field, ID, ObjectType, registerEnumType } from 'type-graphql'
import { SchoolClassType } from '../schoolClass/schoolClass.type.js'

export const GenderEnum = { GIRL: 'girl', BOY: 'boy', OTHER: 'other', UNSPECIFIED: 'unspecified' } as const
registerEnumType(GenderEnum, { name: 'Gender', description: 'As the family reports it.' })

@ObjectType('Pupil')
export class PupilType {
  @Field(() => ID)
  id!: number

  @Field(() => String)
  firstName!: string

  @Field(() => String)
  lastName!: string

  @Field(() => GenderEnum)
  gender!: string

  @Field(() => String, { description: 'ISO 639-1, e.g. fi, sv, so.' })
  homeLanguage!: string

  @Field(() => SchoolClassType)
  schoolClass!: SchoolClassType
}
