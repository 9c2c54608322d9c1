import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql'
import { requireUser, type Context } from '../../graphql/context.js'
import { TrackType } from '../track/track.type.js'
import { EventEnrolmentType, FreeSpotSubscriptionType } from '../eventEnrolment/eventEnrolment.type.js'
import type { Godchild } from './godchild.entity.js'
import { RegisterGodchildInput } from './godchild.input.js'
import { findMyGodchildren, registerGodchild } from './godchild.service.js'
import { GodchildType } from './godchild.type.js'
import { HELSINKI_DISTRICTS } from './helsinkiDistricts.js'
import { moveTrack } from '../trackAssignment/moveTrack.js'

@Resolver(() => GodchildType)
export class GodchildResolver {
  @Query(() => [GodchildType], { description: "A guardian's children registered for the culture godchild programme." })
  myGodchildren(@Ctx() context: Context) {
    return findMyGodchildren(context.em, requireUser(context))
  }

  @Query(() => [String], { description: "The city's districts a registration may name." })
  districts() {
    return HELSINKI_DISTRICTS
  }

  @Mutation(() => GodchildType, { description: 'A guardian registers a child born in a covered year and living in the city.' })
  registerGodchild(@Ctx() context: Context, @Arg('input', () => RegisterGodchildInput) input: RegisterGodchildInput) {
    return registerGodchild(context.em, requireUser(context), input)
  }

  @Mutation(() => GodchildType, { description: 'The family asks to move to the best other track with room for these wishes (art field ids).' })
  moveTrack(@Ctx() context: Context, @Arg('godchildId', () => ID) godchildId: string, @Arg('fieldRanking', () => [ID]) fieldRanking: string[]) {
    return moveTrack(context.em, requireUser(context), Number(godchildId), fieldRanking.map(Number))
  }

  @FieldResolver(() => TrackType, { nullable: true })
  track(@Root() child: Godchild, @Ctx() { loaders }: Context) {
    return child.track ? loaders.track.load(child.track.id) : null
  }

  @FieldResolver(() => [EventEnrolmentType], { description: 'Enrolments in events, newest first, cancelled ones included.' })
  enrolments(@Root() child: Godchild, @Ctx() { loaders }: Context) {
    return loaders.eventEnrolmentsOfGodchild.load(child.id)
  }

  @FieldResolver(() => [FreeSpotSubscriptionType])
  freeSpotSubscriptions(@Root() child: Godchild, @Ctx() { loaders }: Context) {
    return loaders.freeSpotsOfGodchild.load(child.id)
  }
}
