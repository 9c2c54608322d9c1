import { LocalizedText, localizedName } from '../../../graphql/LocalizedText.js'
import type { Activity } from './activity.entity.js'
import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql'
import type { Context } from '../../../graphql/context.js'
import { ActivityEntity } from './activity.entity.js'
import { ActivityType } from './activity.type.js'

@Resolver(() => ActivityType)
export class ActivityResolver {
  @Query(() => [ActivityType], { description: 'The activity catalogue.' })
  activities(@Ctx() { em }: Context) {
    return em.find(ActivityEntity, {}, { orderBy: { code: 'asc' } })
  }

  @FieldResolver(() => LocalizedText)
  name(@Root() activity: Activity) {
    return localizedName(activity)
  }
}
