import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql'
import { currentUser, type Context } from '../../../graphql/context.js'
import { HobbyGroupType } from '../hobbyGroup/hobbyGroup.type.js'
import type { EnrolmentFields } from './enrolment.entity.js'
import { enrol, withdraw } from './enrolment.service.js'
import { takePartAsAdult } from './takePartAsAdult.js'
import { EnrolmentType } from './enrolment.type.js'

@Resolver(() => EnrolmentType)
export class EnrolmentResolver {
  @Authorized('guardian')
  @Mutation(() => EnrolmentType, { description: 'A guardian takes a free seat for their child, first come first served.' })
  enrol(@Ctx() context: Context, @Arg('childId', () => ID) childId: string, @Arg('groupId', () => ID) groupId: string) {
    return enrol(context.em, context.shared, currentUser(context), Number(childId), Number(groupId))
  }

  @Authorized('guardian')
  @Mutation(() => EnrolmentType, { description: 'A guardian withdraws their child; the seat is free again.' })
  withdrawEnrolment(@Ctx() context: Context, @Arg('enrolmentId', () => ID) enrolmentId: string) {
    return withdraw(context.em, currentUser(context), Number(enrolmentId))
  }

  @Authorized('guardian')
  @Mutation(() => EnrolmentType, { description: 'In a family group, a guardian signs up to take part with their child (an adult place), or steps back.' })
  takePartAsAdult(@Ctx() context: Context, @Arg('enrolmentId', () => ID) enrolmentId: string, @Arg('takingPart', () => Boolean) takingPart: boolean) {
    return takePartAsAdult(context.em, currentUser(context), Number(enrolmentId), takingPart)
  }

  @FieldResolver(() => HobbyGroupType)
  group(@Root() enrolment: EnrolmentFields, @Ctx() { loaders }: Context) {
    return loaders.hobbyGroup.load(enrolment.group.id)
  }
}
