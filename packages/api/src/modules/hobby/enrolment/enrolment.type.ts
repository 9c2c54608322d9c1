import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql'
import { HobbyGroupType } from '../hobbyGroup/hobbyGroup.type.js'

export const EnrolmentStatusEnum = { ENROLLED: 'enrolled', WITHDRAWN: 'withdrawn' } as const
registerEnumType(EnrolmentStatusEnum, { name: 'EnrolmentStatus' })

@ObjectType('Enrolment', { description: "A pupil's seat in a hobby group." })
export class EnrolmentType {
  @Field(() => ID)
  id!: number

  @Field(() => EnrolmentStatusEnum)
  status!: string

  @Field(() => Int, { description: "In a family group: the family's adults taking part with the child (0 or 1)." })
  adults!: number

  @Field(() => Date)
  createdAt!: Date

  @Field(() => HobbyGroupType)
  group!: HobbyGroupType
}
