import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql'
import { AREA_WIDE } from '../../../graphql/maxCost.js'
import { currentUser, type Context } from '../../../graphql/context.js'
import { computeIndicators } from './computeIndicators.js'
import { IndicatorsType, ResearchRowType } from './indicator.type.js'
import { researchExport } from './researchExport.js'

@Resolver(() => IndicatorsType)
export class IndicatorResolver {
  @Authorized('coordinator')
  @Query(() => IndicatorsType, { complexity: AREA_WIDE, description: "For the area's coordinators: how a survey's pupils fare." })
  indicators(@Ctx() context: Context, @Arg('surveyId', () => ID) surveyId: string) {
    return computeIndicators(context.em, currentUser(context), Number(surveyId))
  }

  @Authorized('coordinator')
  @Query(() => [ResearchRowType], {
    complexity: AREA_WIDE,
    description: "For the area's coordinators: a survey's outcomes per pupil for research, pseudonymised, with small cells generalised.",
  })
  researchExport(@Ctx() context: Context, @Arg('surveyId', () => ID) surveyId: string) {
    return researchExport(context.em, currentUser(context), Number(surveyId), context.pseudonyms)
  }
}
