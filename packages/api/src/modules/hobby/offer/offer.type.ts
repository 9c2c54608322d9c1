import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql'
import { HobbyGroupType } from '../hobbyGroup/hobbyGroup.type.js'
import { ChildType } from '../../people/index.js'

export const OfferStatusEnum = { WAITING: 'waiting', OFFERED: 'offered', ACCEPTED: 'accepted', DECLINED: 'declined', LAPSED: 'lapsed' } as const
registerEnumType(OfferStatusEnum, { name: 'OfferStatus' })

@ObjectType('Offer', { description: "A seat offered to a pupil after a match, or the pupil's place on a waiting list." })
export class OfferType {
  @Field(() => ID)
  id!: number

  @Field(() => OfferStatusEnum)
  status!: string

  @Field(() => Int, { nullable: true, description: 'Place on the waiting list, 0 = next; null for seats offered at once.' })
  position?: number | null

  @Field(() => Int, { description: "Which of the child's choices this group was: 1 = the first." })
  choice!: number

  @Field(() => Date, { nullable: true, description: 'Answer by then.' })
  deadline?: Date | null

  @Field(() => ChildType)
  child!: ChildType

  @Field(() => HobbyGroupType)
  group!: HobbyGroupType
}
