import { Authorized, Ctx, Query, Resolver } from 'type-graphql'
import { AREA_WIDE } from '../../../graphql/maxCost.js'
import { currentUser, type Context } from '../../../graphql/context.js'
import { CultureIndicatorsType } from './cultureIndicator.type.js'
import { findCultureIndicators } from './findCultureIndicators.js'

@Resolver()
export class CultureIndicatorResolver {
  @Authorized('coordinator')
  @Query(() => CultureIndicatorsType, {
    complexity: AREA_WIDE,
    description: 'Coordinators: registered share per cohort, enrolments and attendance per track and year, by district and home language.',
  })
  cultureIndicators(@Ctx() context: Context) {
    currentUser(context)
    return findCultureIndicators(context.em)
  }
}
