import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql'
import { requireUser, type Context } from '../../graphql/context.js'
import { EnrolmentType } from '../enrolment/enrolment.type.js'
import { SchoolClassType } from '../schoolClass/schoolClass.type.js'
import type { Pupil } from './pupil.entity.js'
import { findChildren, findPupilsOfClass } from './pupil.service.js'
import { PupilType } from './pupil.type.js'

@Resolver(() => PupilType)
export class PupilResolver {
  @Query(() => [PupilType], { description: "A guardian's own children." })
  myChildren(@Ctx() context: Context) {
    return findChildren(context.em, requireUser(context))
  }

  @Query(() => [PupilType], { description: "A class's pupils, for its school's teachers and its area's coordinators." })
  pupils(@Ctx() context: Context, @Arg('classId', () => ID) classId: string) {
    return findPupilsOfClass(context.em, requireUser(context), Number(classId))
  }

  @FieldResolver(() => SchoolClassType)
  schoolClass(@Root() pupil: Pupil, @Ctx() { loaders }: Context) {
    return loaders.schoolClass.load(pupil.schoolClass.id)
  }

  @FieldResolver(() => [EnrolmentType])
  enrolments(@Root() pupil: Pupil, @Ctx() { loaders }: Context) {
    return loaders.enrolmentsOfPupil.load(pupil.id)
  }
}
