import type { EntityManager } from '@mikro-orm/core'
import { ApiError } from '../../../graphql/ApiError.js'
import { findOwnGodchild } from '../registration/registration.service.js'
import type { User } from '../../people/user/user.entity.js'
import { CultureEventEntity, OccurrenceEntity, type CultureEvent } from './cultureEvent.entity.js'
import { EventEnrolmentEntity, type EventEnrolment } from '../eventEnrolment/eventEnrolment.entity.js'

/** The events a guardian's child is invited to: those of its track's institution, from this year on. */
export async function findInvitedEvents(em: EntityManager, user: User, childId: number, now = new Date()): Promise<CultureEvent[]> {
  const child = await findOwnGodchild(em, user, childId)
  if (!child.track) return []
  return em.find(CultureEventEntity, { institution: child.track.institution.id, year: { $gte: now.getFullYear() } }, { orderBy: { year: 'asc', id: 'asc' } })
}

/** Institution staff: their institution's events, newest year first. */
export function findInstitutionEvents(em: EntityManager, user: User): Promise<CultureEvent[]> {
  if (user.role !== 'institution' || !user.institution) throw new ApiError('auth/forbidden', "Only an institution's staff see its events.")
  return em.find(CultureEventEntity, { institution: user.institution.id }, { orderBy: { year: 'desc', id: 'asc' } })
}

/** Institution staff: who is coming to an occurrence of their institution's event (cancelled ones left out), for the door. */
export async function findOccurrenceRoster(em: EntityManager, user: User, occurrenceId: number): Promise<EventEnrolment[]> {
  const occurrence = await em.findOne(OccurrenceEntity, { id: occurrenceId }, { populate: ['event'] })
  if (user.role !== 'institution' || !user.institution || !occurrence || occurrence.event.institution.id !== user.institution.id) {
    throw new ApiError('auth/forbidden', "Only the institution's staff see who is coming.")
  }
  return em.find(EventEnrolmentEntity, { occurrence: occurrenceId, status: 'enrolled' }, { orderBy: { id: 'asc' } })
}
