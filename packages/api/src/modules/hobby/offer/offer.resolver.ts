import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql'
import { currentUser, type Context } from '../../../graphql/context.js'
import { TargetGroupEnum } from '../survey/targeting.type.js'
import { targetOfTag } from '../survey/targeting.js'
import { HobbyGroupType } from '../hobbyGroup/hobbyGroup.type.js'
import { MatchRunType } from '../matchRun/matchRun.type.js'
import { publishMatchRun } from '../matchRun/publishMatchRun.js'
import type { Offer } from './offer.entity.js'
import { acceptOffer, declineOffer, findMyOffers } from './offer.service.js'
import { OfferType } from './offer.type.js'
import { TELL_PUBLISHED_RUNS } from './offerMessages.js'
import { ChildType } from '../../people/index.js'

@Resolver(() => OfferType)
export class OfferResolver {
  @Authorized('coordinator')
  @Mutation(() => MatchRunType, { description: 'Sends the offers of a run, with a deadline, and fills the waiting lists.' })
  async publishMatchRun(@Ctx() context: Context, @Arg('runId', () => ID) runId: string, @Arg('deadline', () => Date) deadline: Date) {
    const run = await publishMatchRun(context.em, currentUser(context), Number(runId), deadline)
    context.jobs.nudge(TELL_PUBLISHED_RUNS)
    return run
  }

  @Authorized('guardian')
  @Query(() => [OfferType], { description: "A guardian's children's offers and waiting-list places." })
  myOffers(@Ctx() context: Context) {
    return findMyOffers(context.em, currentUser(context))
  }

  @Authorized('guardian')
  @Mutation(() => OfferType)
  acceptOffer(@Ctx() context: Context, @Arg('offerId', () => ID) offerId: string) {
    return acceptOffer(context.em, currentUser(context), Number(offerId))
  }

  @Authorized('guardian')
  @Mutation(() => OfferType, { description: 'The seat goes to the next on the waiting list.' })
  declineOffer(@Ctx() context: Context, @Arg('offerId', () => ID) offerId: string) {
    return declineOffer(context.em, currentUser(context), Number(offerId))
  }

  @FieldResolver(() => Int, { nullable: true, description: 'On a waiting list: the place in the queue now, 1 = next; null otherwise.' })
  queuePlace(@Root() offer: Offer, @Ctx() { loaders }: Context) {
    return loaders.queuePlace.load(offer)
  }

  @FieldResolver(() => TargetGroupEnum, {
    nullable: true,
    description: "The target group whose reserved seat the match gave (the family's explanation); null for an open seat or one from the waiting list.",
  })
  reserve(@Root() offer: Offer) {
    return offer.reserve ? targetOfTag(offer.reserve) : null
  }

  @FieldResolver(() => Int)
  choice(@Root() offer: Offer) {
    return offer.rank
  }

  @FieldResolver(() => ChildType)
  child(@Root() offer: Offer, @Ctx() { loaders }: Context) {
    return loaders.child.load(offer.child.id)
  }

  @FieldResolver(() => HobbyGroupType)
  group(@Root() offer: Offer, @Ctx() { loaders }: Context) {
    return loaders.hobbyGroup.load(offer.group.id)
  }
}
