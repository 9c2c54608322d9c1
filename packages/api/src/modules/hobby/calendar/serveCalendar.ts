import type { EntityManager } from '@mikro-orm/core'
import { EnrolmentEntity } from '../enrolment/enrolment.entity.js'
import { hobbyCalendar } from './hobbyCalendar.js'
import { ChildEntity, type Tokens } from '../../people/index.js'

export const CALENDAR_PATH = '/calendar/'

/**
 * GET /calendar/<feed token>.ics: the child's current hobbies, for calendar apps (no login: the token is
 * the key). Null when the token names no child: the address is wrong, or it was revoked.
 */
export async function serveCalendar(em: EntityManager, tokens: Tokens, feedToken: string): Promise<string | null> {
  const childId = await tokens.verifyFeed(feedToken.replace(/\.ics$/, ''))
  const child = childId === null ? null : await em.findOne(ChildEntity, { id: childId })
  if (!child) return null
  const enrolments = await em.find(EnrolmentEntity, { child: child.id, status: 'enrolled' }, { populate: ['group'], orderBy: { id: 'asc' } })
  return hobbyCalendar(
    `${child.firstName}: Mukana`,
    enrolments.map((row) => row.group),
    new Date(),
  )
}
