import { Authorized, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql'
import { FOLLOWS_CHILD, KNOWS_CHILD, NAMES_CHILD } from '../access/childFields.js'
import { SchoolClassType } from '../schoolClass/schoolClass.type.js'

export const GenderEnum = { GIRL: 'girl', BOY: 'boy', OTHER: 'other', UNSPECIFIED: 'unspecified' } as const
registerEnumType(GenderEnum, { name: 'Gender', description: 'As the family reports it.' })

@ObjectType('Child', {
  description:
    'A child of the city, once for both programmes: a pupil while placed in a class (schoolClass), a culture godchild once registered (registeredAt). The hobby and culture modules add their own fields.',
})
export class ChildType {
  @Field(() => ID)
  id!: number

  @Field(() => String)
  firstName!: string

  @Authorized(NAMES_CHILD)
  @Field(() => String, { nullable: true })
  lastName!: string | null

  @Authorized(KNOWS_CHILD)
  @Field(() => GenderEnum)
  gender!: string

  @Authorized(KNOWS_CHILD)
  @Field(() => [String], { description: 'Languages spoken at home, ISO 639 codes (fi, sv, so, …), the main one first.' })
  homeLanguages!: string[]

  @Authorized(KNOWS_CHILD)
  @Field(() => String, { nullable: true, description: 'Home district in the city, when known.' })
  district!: string | null

  @Authorized(KNOWS_CHILD)
  @Field(() => Int, { nullable: true })
  birthYear!: number | null

  @Authorized(KNOWS_CHILD)
  @Field(() => SchoolClassType, { nullable: true, description: 'The class this school year; null for a child not at one of the schools.' })
  schoolClass!: SchoolClassType | null

  @Authorized(FOLLOWS_CHILD)
  @Field(() => Date, { nullable: true, description: 'When a guardian registered the child for the culture godchild programme; null: not registered.' })
  registeredAt!: Date | null

  @Authorized(FOLLOWS_CHILD)
  @Field(() => [ID], { description: 'Culture registration: art field ids, most wished first; may be empty.' })
  fieldRanking!: number[]
}
