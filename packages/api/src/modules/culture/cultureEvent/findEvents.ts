import type { EntityManager } from '@mikro-orm/core'
import { findOwnGodchild } from '../registration/registration.service.js'
import { CultureEventEntity, OccurrenceEntity, type CultureEvent } from './cultureEvent.entity.js'
import { EventEnrolmentEntity, type EventEnrolment } from '../eventEnrolment/eventEnrolment.entity.js'
import { staffedInstitution, type Account } from '../../people/index.js'

/** The events a guardian's child is invited to: those of its track's institution, from this year on. */
export async function findInvitedEvents(em: EntityManager, user: Account, childId: number, now = new Date()): Promise<CultureEvent[]> {
  const child = await findOwnGodchild(em, user, childId)
  if (!child.track) return []
  return em.find(CultureEventEntity, { institution: child.track.institution.id, year: { $gte: now.getFullYear() } }, { orderBy: { year: 'asc', id: 'asc' } })
}

/** Institution staff: their institution's events, newest year first. */
export function findInstitutionEvents(em: EntityManager, user: Account): Promise<CultureEvent[]> {
  return em.find(CultureEventEntity, { institution: staffedInstitution(user) }, { orderBy: { year: 'desc', id: 'asc' } })
}

/** Institution staff: who is coming to an occurrence of their institution's event (cancelled ones left out), for the door. */
export async function findOccurrenceRoster(em: EntityManager, user: Account, occurrenceId: number): Promise<EventEnrolment[]> {
  const occurrence = await em.findOne(OccurrenceEntity, { id: occurrenceId }, { populate: ['event'] })
  staffedInstitution(user, occurrence?.event.institution.id ?? -1)
  return em.find(EventEnrolmentEntity, { occurrence: occurrenceId, status: 'enrolled' }, { orderBy: { id: 'asc' } })
}
