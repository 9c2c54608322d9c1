import { Ctx, Query, Resolver } from 'type-graphql'
import { requireRole, type Context } from '../../../graphql/context.js'
import { CultureIndicatorsType } from './cultureIndicator.type.js'
import { findCultureIndicators } from './findCultureIndicators.js'

@Resolver()
export class CultureIndicatorResolver {
  @Query(() => CultureIndicatorsType, { description: 'Coordinators: registered share per cohort, enrolments and attendance per track and year, by district and home language.' })
  cultureIndicators(@Ctx() context: Context) {
    requireRole(context, 'coordinator')
    return findCultureIndicators(context.em)
  }
}
