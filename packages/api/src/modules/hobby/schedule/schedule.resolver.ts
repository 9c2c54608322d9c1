import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql'
import { currentUser, type Context } from '../../../graphql/context.js'
import { scheduleSchoolDayGroup } from './scheduleSchoolDayGroup.js'
import { unscheduleSchoolDayGroup } from './unscheduleSchoolDayGroup.js'
import { SchoolClassType } from '../../people/index.js'

@Resolver()
export class ScheduleResolver {
  @Authorized('teacher')
  @Mutation(() => SchoolClassType, { description: "A teacher places a school-day group into a class's timetable; clashes are refused." })
  async scheduleSchoolDayGroup(@Ctx() context: Context, @Arg('classId', () => ID) classId: string, @Arg('groupId', () => ID) groupId: string) {
    const activity = await scheduleSchoolDayGroup(context.em, currentUser(context), Number(classId), Number(groupId))
    return activity.schoolClass
  }

  @Authorized('teacher')
  @Mutation(() => SchoolClassType, { description: "A teacher takes a school-day group out of a class's timetable (the group itself stays)." })
  unscheduleSchoolDayGroup(@Ctx() context: Context, @Arg('classId', () => ID) classId: string, @Arg('groupId', () => ID) groupId: string) {
    return unscheduleSchoolDayGroup(context.em, currentUser(context), Number(classId), Number(groupId))
  }
}
