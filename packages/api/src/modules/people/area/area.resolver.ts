import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql'
import { saveArea } from '../places.service.js'
import { AreaEntity } from './area.entity.js'
import { AreaType } from './area.type.js'
import type { Context } from '../../../graphql/context.js'

@Resolver(() => AreaType)
export class AreaResolver {
  @Query(() => [AreaType])
  areas(@Ctx() { em }: Context) {
    return em.find(AreaEntity, {}, { orderBy: { name: 'asc' } })
  }

  @Authorized('admin')
  @Mutation(() => AreaType, { description: 'Administrators add an area the programme works in.' })
  createArea(@Ctx() { em }: Context, @Arg('name', () => String) name: string) {
    return saveArea(em, name)
  }

  @Authorized('admin')
  @Mutation(() => AreaType)
  renameArea(@Ctx() { em }: Context, @Arg('areaId', () => ID) areaId: string, @Arg('name', () => String) name: string) {
    return saveArea(em, name, Number(areaId))
  }
}
