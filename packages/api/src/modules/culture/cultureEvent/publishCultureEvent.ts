import type { EntityManager } from '@mikro-orm/core'
import { ApiError, type FieldIssue } from '../../../graphql/ApiError.js'
import { SERVICE_LANGUAGES } from '../track/track.entity.js'
import { CultureEventEntity, INVITATIONS, OccurrenceEntity, type CultureEvent, type Invitation } from './cultureEvent.entity.js'
import type { PublishCultureEventInput } from './cultureEvent.input.js'
import { staffedInstitution, type User } from '../../people/index.js'

/** Institution staff publish an event of their institution with its occurrences, all or nothing. */
export async function publishCultureEvent(em: EntityManager, user: User, input: PublishCultureEventInput, now = new Date()): Promise<CultureEvent> {
  const institution = staffedInstitution(user)
  const issues: FieldIssue[] = []
  if (input.name.trim() === '') issues.push({ field: 'name', message: 'must not be empty' })
  if (!(input.year >= now.getFullYear() - 1 && input.year <= now.getFullYear() + 2))
    issues.push({ field: 'year', message: `must be ${now.getFullYear() - 1}–${now.getFullYear() + 2}, got ${input.year}` })
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(input.eventGroup))
    issues.push({ field: 'eventGroup', message: `must be like "spring-concert", got "${input.eventGroup}"` })
  if (!(INVITATIONS as readonly string[]).includes(input.invitation)) issues.push({ field: 'invitation', message: `must be one of ${INVITATIONS.join(', ')}` })
  if (input.occurrences.length === 0) issues.push({ field: 'occurrences', message: 'give at least one occurrence' })
  input.occurrences.forEach((o, i) => {
    if (!(o.startsAt > now)) issues.push({ field: `occurrences[${i}].startsAt`, message: 'must be in the future' })
    if (o.venue.trim() === '') issues.push({ field: `occurrences[${i}].venue`, message: 'must not be empty' })
    if (!(SERVICE_LANGUAGES as readonly string[]).includes(o.language))
      issues.push({ field: `occurrences[${i}].language`, message: `must be fi, sv or en, got "${o.language}"` })
    if (!(o.capacity >= 2 && o.capacity <= 5000)) issues.push({ field: `occurrences[${i}].capacity`, message: `must be 2–5000 places, got ${o.capacity}` })
  })
  if (issues.length > 0) throw ApiError.invalid(issues)
  return em.transactional(async (tx) => {
    const event = tx.create(CultureEventEntity, {
      institution,
      name: input.name.trim(),
      description: input.description?.trim() ?? '',
      year: input.year,
      eventGroup: input.eventGroup,
      invitation: input.invitation as Invitation,
    })
    for (const o of input.occurrences)
      tx.create(OccurrenceEntity, { event, startsAt: o.startsAt, venue: o.venue.trim(), language: o.language, capacity: o.capacity, seatsTaken: 0 })
    await tx.flush()
    return event
  })
}
