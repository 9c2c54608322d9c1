import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql'
import { currentUser } from '../../../graphql/context.js'
import { SchoolInput } from '../places.input.js'
import { saveSchool } from '../places.service.js'
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

  @Authorized('admin', 'coordinator')
  @Mutation(() => SchoolType, { description: 'Administrators, and coordinators in their area, add a school.' })
  createSchool(@Ctx() context: Context, @Arg('input', () => SchoolInput) input: SchoolInput) {
    return saveSchool(context.em, currentUser(context), input)
  }

  @Authorized('admin', 'coordinator')
  @Mutation(() => SchoolType)
  updateSchool(@Ctx() context: Context, @Arg('schoolId', () => ID) schoolId: string, @Arg('input', () => SchoolInput) input: SchoolInput) {
    return saveSchool(context.em, currentUser(context), input, Number(schoolId))
  }

  @FieldResolver(() => AreaType)
  area(@Root() school: School, @Ctx() { loaders }: Context) {
    return loaders.area.load(school.area.id)
  }
}
