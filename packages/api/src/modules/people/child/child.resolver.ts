import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql'
import { currentUser, type Context } from '../../../graphql/context.js'
import { SchoolClassType } from '../schoolClass/schoolClass.type.js'
import type { Child } from './child.entity.js'
import { findChildren, findPupilsOfClass } from './child.service.js'
import { ChildType } from './child.type.js'
import { KNOWS_CHILD } from '../access/childFields.js'

@Resolver(() => ChildType)
export class ChildResolver {
  @Authorized('guardian')
  @Query(() => [ChildType], { description: "A guardian's own children, pupils and godchildren alike." })
  myChildren(@Ctx() context: Context) {
    return findChildren(context.em, currentUser(context))
  }

  @Authorized('teacher', 'coordinator')
  @Query(() => [ChildType], { description: "A class's pupils, for its school's teachers and its area's coordinators." })
  pupils(@Ctx() context: Context, @Arg('classId', () => ID) classId: string) {
    return findPupilsOfClass(context.em, currentUser(context), Number(classId))
  }

  @Authorized(KNOWS_CHILD)
  @FieldResolver(() => SchoolClassType, { nullable: true })
  schoolClass(@Root() child: Child, @Ctx() { loaders }: Context) {
    return child.schoolClass ? loaders.schoolClass.load(child.schoolClass.id) : null
  }
}
