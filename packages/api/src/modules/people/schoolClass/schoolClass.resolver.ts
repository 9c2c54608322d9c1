import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql'
import { WeeklySessionInput } from '../../../graphql/WeeklySession.js'
import { SchoolClassInput } from '../places.input.js'
import { saveClass, setClassLessons } from '../places.service.js'
import { currentUser, type Context } from '../../../graphql/context.js'
import { findVisibleClasses } from '../child/child.service.js'
import { SchoolType } from '../school/school.type.js'
import type { SchoolClass } from './schoolClass.entity.js'
import { SchoolClassType, SchoolYearReportType } from './schoolClass.type.js'
import { startSchoolYear } from './startSchoolYear.js'
import { AREA_WIDE } from '../../../graphql/maxCost.js'

@Resolver(() => SchoolClassType)
export class SchoolClassResolver {
  @Authorized('teacher', 'coordinator', 'admin')
  @Query(() => [SchoolClassType], { description: "A teacher's school's classes; a coordinator's area's; every class for administrators." })
  schoolClasses(@Ctx() context: Context) {
    return findVisibleClasses(context.em, currentUser(context))
  }

  @Authorized('admin', 'coordinator')
  @Mutation(() => SchoolClassType, { description: 'Administrators, and coordinators in their area, add a class of a school year.' })
  createSchoolClass(@Ctx() context: Context, @Arg('input', () => SchoolClassInput) input: SchoolClassInput) {
    return saveClass(context.em, currentUser(context), input)
  }

  @Authorized('admin', 'coordinator')
  @Mutation(() => SchoolClassType)
  updateSchoolClass(@Ctx() context: Context, @Arg('classId', () => ID) classId: string, @Arg('input', () => SchoolClassInput) input: SchoolClassInput) {
    return saveClass(context.em, currentUser(context), input, Number(classId))
  }

  @Authorized('admin', 'coordinator')
  @Mutation(() => SchoolClassType, { description: "Replaces a class's weekly lessons." })
  setClassLessons(
    @Ctx() context: Context,
    @Arg('classId', () => ID) classId: string,
    @Arg('lessons', () => [WeeklySessionInput]) lessons: WeeklySessionInput[],
  ) {
    return setClassLessons(context.em, currentUser(context), Number(classId), lessons)
  }

  @Authorized('admin')
  @Mutation(() => SchoolYearReportType, {
    complexity: AREA_WIDE,
    description: 'Administrators start a school year: classes move up a grade with their pupils; last year stays readable. Dry run first.',
  })
  startSchoolYear(@Ctx() { em }: Context, @Arg('from', () => String) from: string, @Arg('dryRun', () => Boolean) dryRun: boolean) {
    return startSchoolYear(em, from, dryRun)
  }

  @FieldResolver(() => SchoolType)
  school(@Root() schoolClass: SchoolClass, @Ctx() { loaders }: Context) {
    return loaders.school.load(schoolClass.school.id)
  }
}
