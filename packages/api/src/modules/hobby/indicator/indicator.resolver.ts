import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql'
import { AREA_WIDE } from '../../../graphql/maxCost.js'
import { currentUser, type Context } from '../../../graphql/context.js'
import { computeIndicators } from './computeIndicators.js'
import { IndicatorsType } from './indicator.type.js'

@Resolver(() => IndicatorsType)
export class IndicatorResolver {
  @Authorized('coordinator')
  @Query(() => IndicatorsType, { complexity: AREA_WIDE, description: "For the area's coordinators: how a survey's pupils fare." })
  indicators(@Ctx() context: Context, @Arg('surveyId', () => ID) surveyId: string) {
    return computeIndicators(context.em, currentUser(context), Number(surveyId))
  }
}
