import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql'
import { requireUser, type Context } from '../../../graphql/context.js'
import { computeIndicators } from './computeIndicators.js'
import { IndicatorsType } from './indicator.type.js'

@Resolver(() => IndicatorsType)
export class IndicatorResolver {
  @Query(() => IndicatorsType, { description: "For the area's coordinators: how a survey's pupils fare." })
  indicators(@Ctx() context: Context, @Arg('surveyId', () => ID) surveyId: string) {
    return computeIndicators(context.em, requireUser(context), Number(surveyId))
  }
}
