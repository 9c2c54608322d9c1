import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql'
import { currentUser, type Context } from '../../../graphql/context.js'
import { CALENDAR_PATH } from './serveCalendar.js'
import { guardsChild } from '../../people/index.js'

@Resolver()
export class CalendarResolver {
  @Authorized('guardian')
  @Mutation(() => String, { description: "The path of a child's hobby calendar feed (iCalendar) for a calendar app; the guardian's only." })
  async calendarFeedPath(@Ctx() context: Context, @Arg('childId', () => ID) childId: string): Promise<string> {
    const pupil = await guardsChild(context.em, currentUser(context), Number(childId))
    return `${CALENDAR_PATH}${await context.tokens.signFeed(pupil.id)}.ics`
  }
}
