import { Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql'
import { currentUser, type Context } from '../../../graphql/context.js'
import { findVisibleClasses } from '../child/child.service.js'
import { SchoolType } from '../school/school.type.js'
import type { SchoolClass } from './schoolClass.entity.js'
import { SchoolClassType } from './schoolClass.type.js'

@Resolver(() => SchoolClassType)
export class SchoolClassResolver {
  @Authorized('teacher', 'coordinator')
  @Query(() => [SchoolClassType], { description: "A teacher's school's classes; a coordinator's area's." })
  schoolClasses(@Ctx() context: Context) {
    return findVisibleClasses(context.em, currentUser(context))
  }

  @FieldResolver(() => SchoolType)
  school(@Root() schoolClass: SchoolClass, @Ctx() { loaders }: Context) {
    return loaders.school.load(schoolClass.school.id)
  }
}
