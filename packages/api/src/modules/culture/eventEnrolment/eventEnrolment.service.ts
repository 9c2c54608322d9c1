import { randomBytes } from 'node:crypto'
import { raw, type EntityManager } from '@mikro-orm/core'
import { ApiError } from '../../../graphql/ApiError.js'
import { fieldIssue } from '../../../graphql/fieldIssue.js'
import { OccurrenceEntity, SMALLEST_PARTY, MOST_ADULTS, type Occurrence } from '../cultureEvent/cultureEvent.entity.js'
import { findOwnGodchild } from '../registration/registration.service.js'
import { EventEnrolmentEntity, FreeSpotSubscriptionEntity, type EventEnrolment, type FreeSpotSubscription } from './eventEnrolment.entity.js'
import { releaseSeats, seatsLeft, takeSeats } from '../../seats/index.js'
import { type Child, ChildEntity, guardsChild, staffedInstitution, type Account } from '../../people/index.js'
import { lockRow } from '../../../db/lockRow.js'
import { helsinkiDay } from '../../../messages/index.js'
import { hasStarted } from '../cultureEvent/hasStarted.js'
import { tellAboutOccurrence } from './eventMessages.js'

/** Events a child may take in a year, unless the city decides otherwise. */
export const YEARLY_LIMIT = 2
/** Enrolments can be cancelled until this long before the occurrence starts. */
export const CANCEL_BEFORE_MS = 48 * 3600_000

/** Until when a family may cancel: 48 hours before the start. */
export function cancellableUntil(occurrence: { startsAt: Date }): Date {
  return new Date(occurrence.startsAt.getTime() - CANCEL_BEFORE_MS)
}

/** The occurrence, if the child is invited to its event (the event's institution hosts the child's track). */
async function findInvitedOccurrence(em: EntityManager, child: Child, occurrenceId: number): Promise<Occurrence> {
  const occurrence = await em.findOne(OccurrenceEntity, { id: occurrenceId }, { populate: ['event'] })
  if (!occurrence) throw new ApiError('not_found', `No occurrence ${occurrenceId}.`)
  if (!child.track || child.track.institution.id !== occurrence.event.institution.id) {
    throw new ApiError('event/not_invited', `${child.firstName} is not invited to ${occurrence.event.name}: it is for another institution's godchildren.`)
  }
  return occurrence
}

/**
 * A family enrols in an occurrence: the child with 1, 1–2 or more adults as the invitation allows, up to
 * YEARLY_LIMIT events a year and one event of each group. The child's row is touched first, so that the
 * child's enrolments run one after another; the places are taken by one conditional update, so that no
 * occurrence is ever overbooked however many families enrol at once.
 */
export async function enrolInOccurrence(
  em: EntityManager,
  user: Account,
  childId: number,
  occurrenceId: number,
  adults: number,
  now = new Date(),
): Promise<EventEnrolment> {
  const child = await findOwnGodchild(em, user, childId)
  const occurrence = await findInvitedOccurrence(em, child, occurrenceId)
  const { event } = occurrence
  if (hasStarted(occurrence, now)) throw new ApiError('occurrence/past', 'This occurrence has already taken place.')
  const most = MOST_ADULTS[event.invitation]
  if (!(Number.isInteger(adults) && adults >= 1 && adults <= most)) throw ApiError.invalid([fieldIssue('adults', 'range', { min: 1, max: most, got: adults })])
  const places = 1 + adults
  return em.transactional(async (tx) => {
    await tx.nativeUpdate(ChildEntity, { id: child.id }, { version: raw('version + 1') })
    const mine = await tx.find(
      EventEnrolmentEntity,
      { child: child.id, status: 'enrolled', occurrence: { event: { year: event.year } } },
      { populate: ['occurrence.event'] },
    )
    if (mine.some((e) => e.occurrence.id === occurrence.id)) throw new ApiError('eventEnrolment/already_enrolled', `${child.firstName} is already enrolled.`)
    if (mine.some((e) => e.occurrence.event.eventGroup === event.eventGroup))
      throw new ApiError('event/one_per_group', `${child.firstName} already has an event of this group in ${event.year}.`)
    if (mine.length >= YEARLY_LIMIT) throw new ApiError('event/yearly_limit', `${child.firstName} already has ${YEARLY_LIMIT} events in ${event.year}.`)
    if (!(await takeSeats(tx, OccurrenceEntity, occurrence.id, places)))
      throw new ApiError('occurrence/full', `No room for ${places} at this occurrence: subscribe to hear when places free.`)
    const earlier = await tx.findOne(EventEnrolmentEntity, { occurrence: occurrence.id, child: child.id })
    await tellAboutOccurrence(tx, 'enrolmentConfirmed', child.id, occurrence.id, now)
    const ticketCode = randomBytes(6).toString('base64url').toUpperCase()
    if (earlier) return tx.assign(earlier, { status: 'enrolled', adults, ticketCode, checkedInAt: null, createdAt: now })
    return tx.create(EventEnrolmentEntity, {
      occurrence: occurrence.id,
      child: child.id,
      adults,
      status: 'enrolled',
      ticketCode,
      checkedInAt: null,
      createdAt: now,
    })
  })
}

/**
 * Why a family may not cancel this enrolment now, or null when it may: the rule the mutation enforces
 * and the schema's `cancellable` shows, so the web app never decides it on its own.
 */
export function cancelRefusal(enrolment: Pick<EventEnrolment, 'status' | 'checkedInAt'>, occurrence: { startsAt: Date }, now = new Date()): ApiError | null {
  if (enrolment.status !== 'enrolled') return new ApiError('eventEnrolment/already_cancelled', 'This enrolment is already cancelled.')
  if (enrolment.checkedInAt) return new ApiError('ticket/already_checked_in', 'This ticket was checked in at the door: it can no longer be cancelled.')
  if (now > cancellableUntil(occurrence))
    return new ApiError('eventEnrolment/too_late_to_cancel', 'Enrolments can be cancelled until 48 hours before the start.')
  return null
}

/**
 * A family cancels, until 48 hours before the start: the places free at once, and the first family
 * waiting for a free spot (in the order they subscribed) is told, exactly once.
 */
export async function cancelEventEnrolment(em: EntityManager, user: Account, enrolmentId: number, now = new Date()): Promise<EventEnrolment> {
  const found = await em.findOne(EventEnrolmentEntity, { id: enrolmentId }, { populate: ['occurrence', 'child'] })
  // An unknown enrolment and another family's get the same refusal (no child of the user's).
  await guardsChild(em, user, found?.child.id ?? -1)
  const enrolment = found!
  const refusal = cancelRefusal(enrolment, enrolment.occurrence, now)
  // Cancelled already: answered by the conditional update below, as a request racing another would be.
  if (refusal && refusal.extensions.code !== 'eventEnrolment/already_cancelled') throw refusal
  await em.transactional(async (tx) => {
    const cancelled = await tx.nativeUpdate(EventEnrolmentEntity, { id: enrolment.id, status: 'enrolled' }, { status: 'cancelled' })
    if (cancelled === 0) throw new ApiError('eventEnrolment/already_cancelled', 'This enrolment is already cancelled.')
    await releaseSeats(tx, OccurrenceEntity, enrolment.occurrence.id, 1 + enrolment.adults)
    const next = await tx.findOne(
      FreeSpotSubscriptionEntity,
      { occurrence: enrolment.occurrence.id, notifiedAt: null },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    )
    if (next && (await tx.nativeUpdate(FreeSpotSubscriptionEntity, { id: next.id, notifiedAt: null }, { notifiedAt: now })) === 1)
      await tellAboutOccurrence(tx, 'seatFreed', next.child.id, enrolment.occurrence.id, now)
  })
  return em.findOneOrFail(EventEnrolmentEntity, { id: enrolment.id }, { refresh: true })
}

/** A family asks to be told when a place frees in a full occurrence. */
export async function subscribeToFreeSpot(
  em: EntityManager,
  user: Account,
  childId: number,
  occurrenceId: number,
  now = new Date(),
): Promise<FreeSpotSubscription> {
  const child = await findOwnGodchild(em, user, childId)
  const occurrence = await findInvitedOccurrence(em, child, occurrenceId)
  if (seatsLeft(occurrence) >= SMALLEST_PARTY) throw new ApiError('occurrence/not_full', 'There are places left: enrol instead.')
  // The child's enrolments and subscriptions run one at a time (its row is touched first): asking twice at once gives one subscription.
  return em.transactional(async (tx) => {
    await lockRow(tx, ChildEntity, child.id)
    const existing = await tx.findOne(FreeSpotSubscriptionEntity, { occurrence: occurrence.id, child: child.id })
    return existing ?? tx.create(FreeSpotSubscriptionEntity, { occurrence, child, createdAt: now, notifiedAt: null })
  })
}

/** Institution staff check a ticket in at the door: once, for an enrolment at their own institution's event. */
export async function checkInTicket(em: EntityManager, user: Account, ticketCode: string, now = new Date()): Promise<EventEnrolment> {
  staffedInstitution(user)
  const enrolment = await em.findOne(EventEnrolmentEntity, { ticketCode: ticketCode.trim().toUpperCase() }, { populate: ['occurrence.event'] })
  if (!enrolment || enrolment.status !== 'enrolled') throw new ApiError('ticket/invalid', 'No valid ticket with this code.')
  staffedInstitution(user, enrolment.occurrence.event.institution.id)
  // A ticket is for its own day: another day's (an earlier show, next week's) is refused, naming its day.
  if (helsinkiDay(enrolment.occurrence.startsAt) !== helsinkiDay(now))
    throw new ApiError('ticket/wrong_day', `This ticket is for ${helsinkiDay(enrolment.occurrence.startsAt)}, not today.`)
  const checked = await em.nativeUpdate(EventEnrolmentEntity, { id: enrolment.id, checkedInAt: null }, { checkedInAt: now })
  if (checked === 0) throw new ApiError('ticket/already_checked_in', 'This ticket has already been checked in.')
  return em.findOneOrFail(EventEnrolmentEntity, { id: enrolment.id }, { refresh: true })
}
