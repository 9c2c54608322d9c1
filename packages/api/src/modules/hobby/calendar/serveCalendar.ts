import type { EntityManager } from '@mikro-orm/core'
import type { ServerResponse } from 'node:http'
import { HttpError } from '../../../http/HttpError.js'
import { EnrolmentEntity } from '../enrolment/enrolment.entity.js'
import { hobbyCalendar } from './hobbyCalendar.js'
import { ChildEntity, type Tokens } from '../../people/index.js'

export const CALENDAR_PATH = '/calendar/'

/** GET /calendar/<feed token>.ics: the child's current hobbies, for calendar apps (no login: the token is the key). */
export async function serveCalendar(em: EntityManager, tokens: Tokens, pathname: string, res: ServerResponse): Promise<void> {
  const token = pathname.slice(CALENDAR_PATH.length).replace(/\.ics$/, '')
  const childId = await tokens.verifyFeed(token)
  const pupil = childId === null ? null : await em.findOne(ChildEntity, { id: childId })
  if (!pupil) throw new HttpError(404, 'No such calendar: the address is wrong, or it was made before the server got a new secret.')
  const enrolments = await em.find(EnrolmentEntity, { child: pupil.id, status: 'enrolled' }, { populate: ['group'], orderBy: { id: 'asc' } })
  const body = hobbyCalendar(
    `${pupil.firstName}: Mukana`,
    enrolments.map((row) => row.group),
    new Date(),
  )
  res.writeHead(200, { 'content-type': 'text/calendar; charset=utf-8', 'cache-control': 'no-cache' })
  res.end(body)
}
