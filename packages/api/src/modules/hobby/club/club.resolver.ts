import { Ctx, Query, Resolver } from 'type-graphql'
import { ClubEntity } from './club.entity.js'
import { ClubType } from './club.type.js'
import type { Context } from '../../../graphql/context.js'

@Resolver(() => ClubType)
export class ClubResolver {
  @Query(() => [ClubType])
  clubs(@Ctx() { em }: Context) {
    return em.find(ClubEntity, {}, { orderBy: { name: 'asc' } })
  }
}
