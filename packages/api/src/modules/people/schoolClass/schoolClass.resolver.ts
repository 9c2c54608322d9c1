import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql'
import { requireUser, type Context } from '../../../graphql/context.js'
import { findVisibleClasses } from '../child/child.service.js'
import { SchoolType } from '../school/school.type.js'
import { HobbyGroupType } from '../../hobby/hobbyGroup/hobbyGroup.type.js'
import type { SchoolClass } from './schoolClass.entity.js'
import { SchoolClassType } from './schoolClass.type.js'

@Resolver(() => SchoolClassType)
export class SchoolClassResolver {
  @Query(() => [SchoolClassType], { description: "A teacher's school's classes; a coordinator's area's." })
  schoolClasses(@Ctx() context: Context) {
    return findVisibleClasses(context.em, requireUser(context))
  }

  @FieldResolver(() => [HobbyGroupType])
  activities(@Root() schoolClass: SchoolClass, @Ctx() { loaders }: Context) {
    return loaders.activitiesOfClass.load(schoolClass.id)
  }

  @FieldResolver(() => SchoolType)
  school(@Root() schoolClass: SchoolClass, @Ctx() { loaders }: Context) {
    return loaders.school.load(schoolClass.school.id)
  }
}
