import { type EntityManager } from '@mikro-orm/core'
import { ApiError } from '../../../graphql/ApiError.js'
import { EnrolmentEntity } from '../enrolment/enrolment.entity.js'
import { markEnrolled } from '../enrolment/enrolment.service.js'
import { HobbyGroupEntity } from '../hobbyGroup/hobbyGroup.entity.js'
import { MatchRunEntity } from '../matchRun/matchRun.entity.js'
import { OfferEntity, type Offer } from './offer.entity.js'
import { releaseSeats } from '../../seats/index.js'
import { ChildEntity, guardsChild, type Account } from '../../people/index.js'
import { tellAboutOffers } from './offerMessages.js'

/** How long a family has to answer an offer promoted from the waiting list (the city's 48 hours). */
export const PROMOTED_OFFER_HOURS = 48

/**
 * A seat of (run, group) was given up: offer it to the first on the waiting list, or, when nobody waits,
 * free it for direct enrolment. Each waiting row changes by a conditional update, so two seats freed at
 * once go to two different pupils, and a seat is never lost.
 */
export async function passSeatOn(tx: EntityManager, runId: number, groupId: number, now: Date): Promise<void> {
  for (;;) {
    const next = await tx.findOne(OfferEntity, { run: runId, group: groupId, status: 'waiting' }, { orderBy: { position: 'asc' } })
    if (!next) {
      await releaseSeats(tx, HobbyGroupEntity, groupId)
      return
    }
    const deadline = new Date(now.getTime() + PROMOTED_OFFER_HOURS * 3600_000)
    const promoted = await tx.nativeUpdate(OfferEntity, { id: next.id, status: 'waiting' }, { status: 'offered', deadline })
    if (promoted === 1) return void (await tellAboutOffers(tx, { id: next.id }, 'offerPromoted', now))
  }
}

async function ownOffer(em: EntityManager, user: Account, offerId: number): Promise<Offer> {
  const offer = await em.findOne(OfferEntity, { id: offerId })
  await guardsChild(em, user, offer?.child.id ?? -1)
  return offer as Offer
}

/** Why an offer could not change: its deadline passed, or it is not open (answered, waiting). */
function notOpen(offer: Offer, now: Date): ApiError {
  return offer.status === 'offered' && offer.deadline !== null && offer.deadline <= now
    ? new ApiError('offer/expired', 'The answer deadline has passed.')
    : new ApiError('offer/not_open', 'This offer is not open for an answer.')
}

/**
 * The guardian accepts: the held seat becomes the child's enrolment. A seat reached from a waiting list
 * is one the child ranked higher, so beyond the run's hobbies per pupil the child gives up the worst
 * ranked seat of the run, which passes on: no seat is kept by somebody who no longer needs it.
 */
export async function acceptOffer(em: EntityManager, user: Account, offerId: number, now = new Date()): Promise<Offer> {
  const offer = await ownOffer(em, user, offerId)
  return em.transactional(async (tx) => {
    const accepted = await tx.nativeUpdate(OfferEntity, { id: offer.id, status: 'offered', deadline: { $gt: now } }, { status: 'accepted' })
    if (accepted === 0) throw notOpen(offer, now)
    await markEnrolled(tx, offer.child.id, offer.group.id, now)
    const run = await tx.findOneOrFail(MatchRunEntity, { id: offer.run.id })
    const held = await tx.find(
      OfferEntity,
      { run: run.id, child: offer.child.id, status: { $in: ['offered', 'accepted'] }, id: { $ne: offer.id } },
      { orderBy: { rank: 'desc' } },
    )
    for (const worse of held.slice(0, Math.max(0, held.length + 1 - run.maxPlacements))) {
      const given = await tx.nativeUpdate(OfferEntity, { id: worse.id, status: worse.status }, { status: 'declined' })
      if (given === 0) continue
      if (worse.status === 'accepted')
        await tx.nativeUpdate(EnrolmentEntity, { child: worse.child.id, group: worse.group.id, status: 'enrolled' }, { status: 'withdrawn' })
      await passSeatOn(tx, run.id, worse.group.id, now)
    }
    offer.status = 'accepted'
    return offer
  })
}

/** The guardian declines: the seat goes to the next on the waiting list, exactly once. */
export async function declineOffer(em: EntityManager, user: Account, offerId: number, now = new Date()): Promise<Offer> {
  const offer = await ownOffer(em, user, offerId)
  return em.transactional(async (tx) => {
    const declined = await tx.nativeUpdate(OfferEntity, { id: offer.id, status: 'offered' }, { status: 'declined' })
    if (declined === 0) throw notOpen(offer, now)
    await passSeatOn(tx, offer.run.id, offer.group.id, now)
    offer.status = 'declined'
    return offer
  })
}

/** Offers past their deadline lapse (the family is told) and their seats pass on. Run as a job; returns how many lapsed. */
export async function lapseExpiredOffers(em: EntityManager, now = new Date()): Promise<number> {
  const expired = await em.find(OfferEntity, { status: 'offered', deadline: { $lte: now } }, { orderBy: { id: 'asc' } })
  let lapsed = 0
  for (const offer of expired) {
    await em.transactional(async (tx) => {
      if ((await tx.nativeUpdate(OfferEntity, { id: offer.id, status: 'offered' }, { status: 'lapsed' })) === 0) return
      await tellAboutOffers(tx, { id: offer.id }, 'offerLapsed', now)
      await passSeatOn(tx, offer.run.id, offer.group.id, now)
      lapsed++
    })
  }
  return lapsed
}

/** A guardian's children's offers and waiting-list places, newest run first. */
export async function findMyOffers(em: EntityManager, user: Account): Promise<Offer[]> {
  const children = await em.find(ChildEntity, { guardians: user.id }, { fields: ['id'] })
  return em.find(OfferEntity, { child: { $in: children.map((c) => c.id) } }, { orderBy: { run: 'desc', id: 'asc' } })
}
