import { randomBytes } from 'node:crypto'
import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core'
import { CalendarFeedEntity, type CalendarFeed } from './calendarFeed.entity.js'
import { guardsChild, type Account } from '../../people/index.js'

export const CALENDAR_PATH = '/calendar/'

/** 32 random bytes, URL-safe: as hard to guess as a session token. */
const newKey = () => randomBytes(32).toString('base64url')

export const feedPath = (feed: CalendarFeed) => `${CALENDAR_PATH}${feed.key}.ics`

/** The guardian's feed of the child, made on first asking; asking again gives the same address. */
export async function calendarFeed(em: EntityManager, user: Account, childId: number): Promise<CalendarFeed> {
  const child = await guardsChild(em, user, childId)
  const existing = await em.findOne(CalendarFeedEntity, { child: child.id, guardian: user.id })
  if (existing) return existing
  try {
    await em.insert(CalendarFeedEntity, { child: child.id, guardian: user.id, key: newKey(), createdAt: new Date() })
  } catch (error) {
    // The same guardian asked twice at once: the unique index kept one, which both answers give.
    if (!(error instanceof UniqueConstraintViolationException)) throw error
  }
  return em.findOneOrFail(CalendarFeedEntity, { child: child.id, guardian: user.id }, { refresh: true })
}

/** A new address for the guardian's feed of the child; the old one stops answering at once. */
export async function renewCalendarFeed(em: EntityManager, user: Account, childId: number): Promise<CalendarFeed> {
  const feed = await calendarFeed(em, user, childId)
  await em.nativeUpdate(CalendarFeedEntity, { id: feed.id }, { key: newKey(), createdAt: new Date() })
  return em.findOneOrFail(CalendarFeedEntity, { id: feed.id }, { refresh: true })
}

/** Stops the guardian's feed of the child (true if there was one). */
export async function stopCalendarFeed(em: EntityManager, user: Account, childId: number): Promise<boolean> {
  const child = await guardsChild(em, user, childId)
  return (await em.nativeDelete(CalendarFeedEntity, { child: child.id, guardian: user.id })) > 0
}

/** The child of a feed key, while its guardian still guards the child; else null. */
export async function feedChild(em: EntityManager, key: string): Promise<CalendarFeed | null> {
  const feed = await em.findOne(CalendarFeedEntity, { key }, { populate: ['child.guardians'] })
  if (!feed || !feed.child.guardians.getItems().some((guardian) => guardian.id === feed.guardian.id)) return null
  return feed
}
