import { Ctx, Query, Resolver } from 'type-graphql'
import { AreaEntity } from './area.entity.js'
import { AreaType } from './area.type.js'
import type { Context } from '../../../graphql/context.js'

@Resolver(() => AreaType)
export class AreaResolver {
  @Query(() => [AreaType])
  areas(@Ctx() { em }: Context) {
    return em.find(AreaEntity, {}, { orderBy: { name: 'asc' } })
  }
}
