import type { EntityManager } from '@mikro-orm/core'
import { EnrolmentEntity } from '../enrolment/enrolment.entity.js'
import { feedChild } from './calendarFeed.service.js'
import { hobbyCalendar } from './hobbyCalendar.js'

/**
 * GET /calendar/<feed key>.ics: the child's current hobbies, for calendar apps (no login: the key is
 * the credential). Null when the key names no feed: the address is wrong, renewed or stopped.
 */
export async function serveCalendar(em: EntityManager, address: string): Promise<string | null> {
  const feed = await feedChild(em, address.replace(/\.ics$/, ''))
  if (!feed) return null
  const enrolments = await em.find(EnrolmentEntity, { child: feed.child.id, status: 'enrolled' }, { populate: ['group'], orderBy: { id: 'asc' } })
  return hobbyCalendar(
    `${feed.child.firstName}: Mukana`,
    enrolments.map((row) => row.group),
    new Date(),
  )
}
