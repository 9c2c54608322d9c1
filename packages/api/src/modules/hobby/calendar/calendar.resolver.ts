import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql'
import { requireUser, type Context } from '../../../graphql/context.js'
import { findOwnChild } from '../../people/child/child.service.js'
import { CALENDAR_PATH } from './serveCalendar.js'

@Resolver()
export class CalendarResolver {
  @Mutation(() => String, { description: "The path of a child's hobby calendar feed (iCalendar) for a calendar app; the guardian's only." })
  async calendarFeedPath(@Ctx() context: Context, @Arg('childId', () => ID) childId: string): Promise<string> {
    const pupil = await findOwnChild(context.em, requireUser(context), Number(childId))
    return `${CALENDAR_PATH}${await context.tokens.signFeed(pupil.id)}.ics`
  }
}
