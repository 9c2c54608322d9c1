import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql'
import { currentUser, type Context } from '../../../graphql/context.js'
import { findRoster, recordAttendance, type RosterEntry } from './attendance.service.js'
import { RosterEntryType } from './attendance.type.js'

const toType = (entries: RosterEntry[]) =>
  entries.map(({ enrolment, className, attended, recorded, regular }) => ({
    enrolmentId: enrolment.id,
    child: enrolment.child,
    adults: enrolment.adults,
    className,
    attended,
    recorded,
    regular,
  }))

@Resolver(() => RosterEntryType)
export class AttendanceResolver {
  @Authorized('club')
  @Query(() => [RosterEntryType], { description: "A group's roster, for its club's staff." })
  async roster(@Ctx() context: Context, @Arg('groupId', () => ID) groupId: string) {
    return toType(await findRoster(context.em, currentUser(context), Number(groupId)))
  }

  @Authorized('club')
  @Mutation(() => [RosterEntryType], { description: 'Records one meeting: the listed pupils came, the other enrolled did not.' })
  async recordAttendance(
    @Ctx() context: Context,
    @Arg('groupId', () => ID) groupId: string,
    @Arg('date', () => String, { description: 'YYYY-MM-DD' }) date: string,
    @Arg('presentChildIds', () => [ID]) presentChildIds: string[],
  ) {
    return toType(await recordAttendance(context.em, currentUser(context), Number(groupId), date, presentChildIds.map(Number)))
  }
}
