import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql'
import { currentUser, type Context } from '../../../graphql/context.js'
import { calendarFeed, feedPath, renewCalendarFeed, stopCalendarFeed } from './calendarFeed.service.js'

@Resolver()
export class CalendarResolver {
  @Authorized('guardian')
  @Mutation(() => String, {
    description: "The path of the guardian's own calendar feed (iCalendar) of a child's hobbies, for a calendar app; the same path each time until renewed.",
  })
  async calendarFeedPath(@Ctx() context: Context, @Arg('childId', () => ID) childId: string): Promise<string> {
    return feedPath(await calendarFeed(context.em, currentUser(context), Number(childId)))
  }

  @Authorized('guardian')
  @Mutation(() => String, { description: 'A new path for the feed: the old one stops at once (for an address that got into the wrong hands).' })
  async renewCalendarFeed(@Ctx() context: Context, @Arg('childId', () => ID) childId: string): Promise<string> {
    return feedPath(await renewCalendarFeed(context.em, currentUser(context), Number(childId)))
  }

  @Authorized('guardian')
  @Mutation(() => Boolean, { description: "Stops the guardian's feed of the child; true if there was one." })
  stopCalendarFeed(@Ctx() context: Context, @Arg('childId', () => ID) childId: string): Promise<boolean> {
    return stopCalendarFeed(context.em, currentUser(context), Number(childId))
  }
}
