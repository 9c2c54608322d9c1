import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql'
import { currentUser, type Context } from '../../../graphql/context.js'
import { OccurrenceType } from '../cultureEvent/cultureEvent.type.js'
import { CultureEventEntity } from '../cultureEvent/cultureEvent.entity.js'
import type { EventEnrolment, FreeSpotSubscription } from './eventEnrolment.entity.js'
import { cancelEventEnrolment, cancellableUntil, cancelRefusal, checkInTicket, enrolInOccurrence, subscribeToFreeSpot } from './eventEnrolment.service.js'
import { EventEnrolmentType, FreeSpotSubscriptionType } from './eventEnrolment.type.js'

@Resolver(() => EventEnrolmentType)
export class EventEnrolmentResolver {
  @Authorized('guardian')
  @Mutation(() => EventEnrolmentType, { description: 'A family enrols in an occurrence of an event its child is invited to.' })
  enrolInOccurrence(
    @Ctx() context: Context,
    @Arg('childId', () => ID) childId: string,
    @Arg('occurrenceId', () => ID) occurrenceId: string,
    @Arg('adults', () => Int) adults: number,
  ) {
    return enrolInOccurrence(context.em, currentUser(context), Number(childId), Number(occurrenceId), adults)
  }

  @Authorized('guardian')
  @Mutation(() => EventEnrolmentType, { description: 'Until 48 hours before the start; the first family waiting is told.' })
  cancelEventEnrolment(@Ctx() context: Context, @Arg('enrolmentId', () => ID) enrolmentId: string) {
    return cancelEventEnrolment(context.em, currentUser(context), Number(enrolmentId))
  }

  @Authorized('guardian')
  @Mutation(() => FreeSpotSubscriptionType, { description: 'Be told when a place frees in a full occurrence.' })
  subscribeToFreeSpot(@Ctx() context: Context, @Arg('childId', () => ID) childId: string, @Arg('occurrenceId', () => ID) occurrenceId: string) {
    return subscribeToFreeSpot(context.em, currentUser(context), Number(childId), Number(occurrenceId))
  }

  @Authorized('institution')
  @Mutation(() => EventEnrolmentType, { description: 'Institution staff check a ticket in at the door.' })
  checkInTicket(@Ctx() context: Context, @Arg('ticketCode', () => String) ticketCode: string) {
    return checkInTicket(context.em, currentUser(context), ticketCode)
  }

  @FieldResolver(() => OccurrenceType)
  occurrence(@Root() enrolment: EventEnrolment, @Ctx() { loaders }: Context) {
    return loaders.occurrence.load(enrolment.occurrence.id)
  }

  @FieldResolver(() => Date)
  async cancellableUntil(@Root() enrolment: EventEnrolment, @Ctx() { loaders }: Context) {
    return cancellableUntil((await loaders.occurrence.load(enrolment.occurrence.id))!)
  }

  @FieldResolver(() => Boolean, { description: 'Whether the family may cancel now: enrolled, not checked in, and 48 hours or more before the start.' })
  async cancellable(@Root() enrolment: EventEnrolment, @Ctx() { loaders }: Context) {
    return cancelRefusal(enrolment, (await loaders.occurrence.load(enrolment.occurrence.id))!) === null
  }

  @FieldResolver(() => String, { description: "The event's name, for the ticket and the door." })
  async eventName(@Root() enrolment: EventEnrolment, @Ctx() { em, loaders }: Context) {
    const occurrence = (await loaders.occurrence.load(enrolment.occurrence.id))!
    return (await em.findOneOrFail(CultureEventEntity, { id: occurrence.event.id }, { fields: ['name'] })).name
  }

  @FieldResolver(() => String)
  async childFirstName(@Root() enrolment: EventEnrolment, @Ctx() { loaders }: Context) {
    return (await loaders.child.load(enrolment.child.id))?.firstName ?? ''
  }
}

@Resolver(() => FreeSpotSubscriptionType)
export class FreeSpotSubscriptionResolver {
  @FieldResolver(() => OccurrenceType)
  occurrence(@Root() subscription: FreeSpotSubscription, @Ctx() { loaders }: Context) {
    return loaders.occurrence.load(subscription.occurrence.id)
  }
}
