import { Arg, Authorized, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql'
import { currentUser, type Context } from '../../../graphql/context.js'
import type { MatchRun } from './matchRun.entity.js'
import { RunMatchInput } from './matchRun.input.js'
import { findMatchRuns, runMatch } from './matchRun.service.js'
import { MatchPlacementType, MatchRunType, MatchRunVerificationType, PlanningSuggestionType, UnplacedPupilType } from './matchRun.type.js'
import { verificationBundle } from './verificationBundle.js'

@Resolver(() => MatchRunType)
export class MatchRunResolver {
  @Authorized('coordinator')
  @Mutation(() => MatchRunType, { description: 'A coordinator runs the matcher on a closed survey of their area.' })
  runMatch(@Ctx() context: Context, @Arg('input', () => RunMatchInput) input: RunMatchInput) {
    return runMatch(context.em, currentUser(context), input)
  }

  @Authorized('coordinator')
  @Query(() => [MatchRunType], { description: "A survey's runs, newest first, to compare." })
  matchRuns(@Ctx() context: Context, @Arg('surveyId', () => ID) surveyId: string) {
    return findMatchRuns(context.em, currentUser(context), Number(surveyId))
  }

  @Authorized('coordinator')
  @Query(() => MatchRunVerificationType, { description: "A run's verification bundle, for an auditor to re-run it without seeing a child." })
  matchRunVerification(@Ctx() context: Context, @Arg('runId', () => ID) runId: string) {
    return verificationBundle(context.em, currentUser(context), context.pseudonyms, Number(runId))
  }

  @FieldResolver(() => Int)
  participants(@Root() run: MatchRun) {
    return run.result.summary.participants
  }

  @FieldResolver(() => Int)
  placed(@Root() run: MatchRun) {
    return run.result.summary.placed
  }

  @FieldResolver(() => Float)
  placedShare(@Root() run: MatchRun) {
    return run.result.summary.placedShare
  }

  @FieldResolver(() => Float)
  firstChoiceShare(@Root() run: MatchRun) {
    return run.result.summary.firstChoiceShare
  }

  @FieldResolver(() => Float)
  top3Share(@Root() run: MatchRun) {
    return run.result.summary.top3Share
  }

  @FieldResolver(() => [Int])
  rankHistogram(@Root() run: MatchRun) {
    return run.result.summary.rankHistogram
  }

  @FieldResolver(() => Float, { nullable: true })
  girlsPlacedShare(@Root() run: MatchRun) {
    return run.result.summary.byTag.girl?.share ?? null
  }

  @FieldResolver(() => Float, { nullable: true })
  boysPlacedShare(@Root() run: MatchRun) {
    return run.result.summary.byTag.boy?.share ?? null
  }

  @FieldResolver(() => Int, { nullable: true })
  otherMechanismPlaced(@Root() run: MatchRun) {
    return run.result.comparison.placed ?? null
  }

  @FieldResolver(() => [MatchPlacementType])
  placements(@Root() run: MatchRun, @Ctx() { loaders }: Context) {
    return run.result.placements.map((p) => ({
      child: loaders.child.load(Number(p.participant)),
      group: loaders.hobbyGroup.load(Number(p.offering)),
      rank: p.rank,
      round: p.round,
    }))
  }

  @FieldResolver(() => [UnplacedPupilType])
  unplaced(@Root() run: MatchRun, @Ctx() { loaders }: Context) {
    return run.result.unplaced.map((u) => ({ child: loaders.child.load(Number(u.participant)), reason: u.reason }))
  }

  @FieldResolver(() => [PlanningSuggestionType])
  planning(@Root() run: MatchRun) {
    return run.result.planning
  }
}
