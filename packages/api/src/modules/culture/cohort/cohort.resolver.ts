import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql'
import { currentUser, type Context } from '../../../graphql/context.js'
import { assignTracks } from '../trackAssignment/assignTracks.js'
import { CohortEntity } from './cohort.entity.js'
import { CreateCohortInput } from './cohort.input.js'
import { createCohort } from './cohort.service.js'
import { CohortType, TrackAssignmentType } from './cohort.type.js'

@Resolver(() => CohortType)
export class CohortResolver {
  @Query(() => [CohortType], { description: 'The birth years the programme covers, newest first.' })
  cohorts(@Ctx() { em }: Context) {
    return em.find(CohortEntity, {}, { orderBy: { birthYear: 'desc' } })
  }

  @Authorized('coordinator')
  @Mutation(() => CohortType)
  createCohort(@Ctx() context: Context, @Arg('input', () => CreateCohortInput) input: CreateCohortInput) {
    currentUser(context)
    return createCohort(context.em, input)
  }

  @Authorized('coordinator')
  @Mutation(() => TrackAssignmentType, {
    description: "Assigns a cohort's registered children without a track to its tracks (the matcher); placed children keep theirs.",
  })
  assignTracks(@Ctx() context: Context, @Arg('cohortId', () => ID) cohortId: string, @Arg('seed', () => Int) seed: number) {
    return assignTracks(context.em, currentUser(context), Number(cohortId), seed)
  }
}
