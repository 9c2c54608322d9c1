import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql'
import { currentUser, type Context } from '../../../graphql/context.js'
import { ArtFieldType } from '../artField/artField.type.js'
import { InstitutionType } from '../institution/institution.type.js'
import { TrackEntity, type Track } from './track.entity.js'
import { CreateTrackInput } from './track.input.js'
import { createTrack } from './track.service.js'
import { TrackType } from './track.type.js'

@Resolver(() => TrackType)
export class TrackResolver {
  @Query(() => [TrackType], { description: "A cohort's tracks: a cohort may be split over several fields and institutions." })
  tracks(@Ctx() { em }: Context, @Arg('cohortId', () => ID) cohortId: string) {
    return em.find(TrackEntity, { cohort: Number(cohortId) }, { orderBy: { id: 'asc' } })
  }

  @Authorized('coordinator')
  @Mutation(() => TrackType)
  createTrack(@Ctx() context: Context, @Arg('input', () => CreateTrackInput) input: CreateTrackInput) {
    currentUser(context)
    return createTrack(context.em, input)
  }

  @FieldResolver(() => ArtFieldType)
  field(@Root() track: Track, @Ctx() { loaders }: Context) {
    return loaders.artField.load(track.field.id)
  }

  @FieldResolver(() => InstitutionType)
  institution(@Root() track: Track, @Ctx() { loaders }: Context) {
    return loaders.institution.load(track.institution.id)
  }
}
