import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql'
import { currentUser, type Context } from '../../../graphql/context.js'
import { TrackType } from '../track/track.type.js'
import { EventEnrolmentType, FreeSpotSubscriptionType } from '../eventEnrolment/eventEnrolment.type.js'
import { moveTrack } from '../trackAssignment/moveTrack.js'
import { RegisterGodchildInput } from './registration.input.js'
import { findMyGodchildren, registerGodchild } from './registration.service.js'
import { type Child, ChildType, HELSINKI_DISTRICTS, FOLLOWS_CHILD } from '../../people/index.js'

/** The culture registration of a child: registering, moving track, and the child's culture fields. */
@Resolver(() => ChildType)
export class RegistrationResolver {
  @Authorized('guardian')
  @Query(() => [ChildType], { description: "A guardian's children registered for the culture godchild programme." })
  myGodchildren(@Ctx() context: Context) {
    return findMyGodchildren(context.em, currentUser(context))
  }

  @Query(() => [String], { description: "The city's districts a registration may name." })
  districts() {
    return HELSINKI_DISTRICTS
  }

  @Authorized('guardian')
  @Mutation(() => ChildType, { description: 'A guardian registers a child born in a covered year and living in the city.' })
  registerGodchild(@Ctx() context: Context, @Arg('input', () => RegisterGodchildInput) input: RegisterGodchildInput) {
    return registerGodchild(context.em, currentUser(context), input)
  }

  @Authorized('guardian')
  @Mutation(() => ChildType, { description: 'The family asks to move to the best other track with room for these wishes (art field ids).' })
  moveTrack(@Ctx() context: Context, @Arg('childId', () => ID) childId: string, @Arg('fieldRanking', () => [ID]) fieldRanking: string[]) {
    return moveTrack(context.em, currentUser(context), Number(childId), fieldRanking.map(Number))
  }

  @Authorized(FOLLOWS_CHILD)
  @FieldResolver(() => TrackType, { nullable: true, description: 'Null until the cohort is assigned, or while every fitting track is full.' })
  track(@Root() child: Child, @Ctx() { loaders }: Context) {
    return child.track ? loaders.track.load(child.track.id) : null
  }

  @Authorized(FOLLOWS_CHILD)
  @FieldResolver(() => [EventEnrolmentType], { description: 'Enrolments in culture events, newest first, cancelled ones included.' })
  eventEnrolments(@Root() child: Child, @Ctx() { loaders }: Context) {
    return loaders.eventEnrolmentsOfChild.load(child.id)
  }

  @Authorized(FOLLOWS_CHILD)
  @FieldResolver(() => [FreeSpotSubscriptionType])
  freeSpotSubscriptions(@Root() child: Child, @Ctx() { loaders }: Context) {
    return loaders.freeSpotsOfChild.load(child.id)
  }
}
