import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql'
import { SchoolEntity, type School } from './school.entity.js'
import { SchoolType } from './school.type.js'
import { AreaType } from '../area/area.type.js'
import type { Context } from '../../../graphql/context.js'

@Resolver(() => SchoolType)
export class SchoolResolver {
  @Query(() => [SchoolType])
  schools(@Ctx() { em }: Context, @Arg('areaId', () => ID, { nullable: true }) areaId?: string) {
    return em.find(SchoolEntity, areaId ? { area: Number(areaId) } : {}, { orderBy: { name: 'asc' } })
  }

  @FieldResolver(() => AreaType)
  area(@Root() school: School, @Ctx() { loaders }: Context) {
    return loaders.area.load(school.area.id)
  }
}
