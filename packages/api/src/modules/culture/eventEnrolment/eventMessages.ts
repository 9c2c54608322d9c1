import type { EntityManager } from '@mikro-orm/core'
import { namesOf } from '../../../graphql/translations.js'
import { queueMessages, toGuardians, type MessageDraft, type MessageKind } from '../../../messages/index.js'
import { ChildEntity, guardiansOf, type Child, type GuardianContact } from '../../people/index.js'
import { OccurrenceEntity, type Occurrence } from '../cultureEvent/cultureEvent.entity.js'
import { EventEnrolmentEntity } from './eventEnrolment.entity.js'

/** A godchild's family's message about an occurrence (its event, time and place). */
function aboutOccurrence(child: Child, guardians: GuardianContact[], occurrence: Occurrence, kind: MessageKind, about: string): MessageDraft[] {
  return toGuardians(
    { id: child.id, homeLanguages: child.homeLanguages, guardians },
    {
      kind,
      about,
      params: {
        child: child.firstName,
        event: namesOf(occurrence.event),
        what: namesOf(occurrence.event),
        startsAt: occurrence.startsAt.toISOString(),
        place: occurrence.venue,
        link: '/guardian/culture',
      },
    },
  )
}

/**
 * Tells a child's guardians about an occurrence, in the transaction of the change: its enrolment
 * confirmed, or a place freed for them (the subscription was marked told in the same transaction).
 */
export async function tellAboutOccurrence(
  tx: EntityManager,
  kind: 'enrolmentConfirmed' | 'seatFreed',
  childId: number,
  occurrenceId: number,
  now: Date,
): Promise<void> {
  const child = await tx.findOneOrFail(ChildEntity, { id: childId })
  const occurrence = await tx.findOneOrFail(OccurrenceEntity, { id: occurrenceId }, { populate: ['event'] })
  const guardians = (await guardiansOf(tx, [childId])).get(childId) ?? []
  const about = kind === 'enrolmentConfirmed' ? `occurrence:${occurrenceId}:${childId}:${now.getTime()}` : `${occurrenceId}:${childId}:${now.getTime()}`
  await queueMessages(tx, aboutOccurrence(child, guardians, occurrence, kind, about), now)
}

/** Reminded this long before an occurrence starts. */
export const EVENT_REMINDER_MS = 48 * 3600_000

/**
 * Reminds enrolled families of occurrences starting within two days, once per enrolment; not those who
 * enrolled within the two days (their confirmation has just told them) nor for an occurrence about to begin.
 */
export async function remindEvents(em: EntityManager, now: Date): Promise<number> {
  const soon = { startsAt: { $gt: new Date(now.getTime() + 2 * 3600_000), $lte: new Date(now.getTime() + EVENT_REMINDER_MS) } }
  const enrolments = (await em.find(EventEnrolmentEntity, { status: 'enrolled', occurrence: soon }, { populate: ['occurrence.event', 'child'] })).filter(
    (e) => e.createdAt.getTime() < e.occurrence.startsAt.getTime() - EVENT_REMINDER_MS,
  )
  const guardians = await guardiansOf(
    em,
    enrolments.map((e) => e.child.id),
  )
  const drafts = enrolments.flatMap((e) => aboutOccurrence(e.child, guardians.get(e.child.id) ?? [], e.occurrence, 'eventReminder', String(e.id)))
  await em.transactional((tx) => queueMessages(tx, drafts, now))
  return drafts.length
}
