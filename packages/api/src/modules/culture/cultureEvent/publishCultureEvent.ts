import type { EntityManager } from '@mikro-orm/core'
import { ApiError, type FieldIssue } from '../../../graphql/ApiError.js'
import { fieldIssue } from '../../../graphql/fieldIssue.js'
import { INPUT_LIMITS, withinLimit } from '../../../graphql/inputLimits.js'
import { translationIssues, translationsOf } from '../../../graphql/translations.js'
import { SERVICE_LANGUAGES } from '../track/track.entity.js'
import { CultureEventEntity, INVITATIONS, OccurrenceEntity, type CultureEvent, type Invitation } from './cultureEvent.entity.js'
import type { PublishCultureEventInput } from './cultureEvent.input.js'
import { staffedInstitution, type Account } from '../../people/index.js'

/** Institution staff publish an event of their institution with its occurrences, all or nothing. */
export async function publishCultureEvent(em: EntityManager, user: Account, input: PublishCultureEventInput, now = new Date()): Promise<CultureEvent> {
  const institution = staffedInstitution(user)
  const issues: FieldIssue[] = []
  if (input.name.trim() === '') issues.push(fieldIssue('name', 'required'))
  if (!(input.year >= now.getFullYear() - 1 && input.year <= now.getFullYear() + 2))
    issues.push(fieldIssue('year', 'range', { min: now.getFullYear() - 1, max: now.getFullYear() + 2, got: input.year }))
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(input.eventGroup)) issues.push(fieldIssue('eventGroup', 'format', { example: 'spring-concert', got: input.eventGroup }))
  if (!(INVITATIONS as readonly string[]).includes(input.invitation))
    issues.push(fieldIssue('invitation', 'one_of', { values: INVITATIONS.join(', '), got: input.invitation }))
  if (input.occurrences.length === 0) issues.push(fieldIssue('occurrences', 'required'))
  input.occurrences.forEach((o, i) => {
    if (!(o.startsAt > now)) issues.push(fieldIssue(`occurrences[${i}].startsAt`, 'future'))
    if (o.venue.trim() === '') issues.push(fieldIssue(`occurrences[${i}].venue`, 'required'))
    if (!(SERVICE_LANGUAGES as readonly string[]).includes(o.language))
      issues.push(fieldIssue(`occurrences[${i}].language`, 'one_of', { values: SERVICE_LANGUAGES.join(', '), got: o.language }))
    if (!withinLimit('occurrencePlaces', o.capacity))
      issues.push(fieldIssue(`occurrences[${i}].capacity`, 'range', { ...INPUT_LIMITS.occurrencePlaces, got: o.capacity }))
  })
  issues.push(...translationIssues(input))
  if (issues.length > 0) throw ApiError.invalid(issues)
  return em.transactional(async (tx) => {
    const event = tx.create(CultureEventEntity, {
      institution,
      name: input.name.trim(),
      description: input.description?.trim() ?? '',
      ...translationsOf(input),
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
