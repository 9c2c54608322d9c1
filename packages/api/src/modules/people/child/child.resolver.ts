import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql'
import { currentUser, type Context } from '../../../graphql/context.js'
import { SchoolClassType } from '../schoolClass/schoolClass.type.js'
import type { Child } from './child.entity.js'
import { findChildren, findPupilsOfClass } from './child.service.js'
import { ChildType } from './child.type.js'
import { KNOWS_CHILD, NAMES_CHILD } from '../access/childFields.js'

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

  @Authorized(NAMES_CHILD)
  @FieldResolver(() => String, {
    nullable: true,
    description: 'Tells the child apart from a classmate of the same name (the end of the pupil key); null when the name is unique in the class.',
  })
  namesake(@Root() child: Child, @Ctx() { loaders }: Context) {
    return loaders.namesake.load(child)
  }

  @Authorized(KNOWS_CHILD)
  @FieldResolver(() => SchoolClassType, { nullable: true })
  schoolClass(@Root() child: Child, @Ctx() { loaders }: Context) {
    return child.schoolClass ? loaders.schoolClass.load(child.schoolClass.id) : null
  }
}
