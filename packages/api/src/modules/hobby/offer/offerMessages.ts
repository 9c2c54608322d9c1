import type { EntityManager, FilterQuery } from '@mikro-orm/core'
import { queueMessages, toGuardians, type MessageDraft } from '../../../messages/index.js'
import { OfferEntity, type Offer } from './offer.entity.js'
import { HobbyGroupEntity } from '../hobbyGroup/hobbyGroup.entity.js'
import { ChildEntity, guardiansOf, SchoolClassEntity } from '../../people/index.js'

type OfferKind = 'offerMade' | 'offerPromoted' | 'offerReminder' | 'offerLapsed'

/** Where a group meets, as a family needs it: its venue, else its club. */
export function placeOf(group: { venue: string; club: { name: string } }): string {
  return group.venue.trim() || group.club.name
}

/**
 * Tells the guardians of the children of these offers, in the caller's transaction: an offer made at
 * publication, one passed down from the waiting list, a reminder before its deadline, or its lapse.
 * Each (offer, guardian, kind) is told once; a reminder once per deadline.
 */
export async function tellAboutOffers(tx: EntityManager, where: FilterQuery<Offer>, kind: OfferKind, now: Date): Promise<number> {
  // Fresh from the database: the caller has just changed the offers' status and deadline by conditional updates.
  const offers = await tx.find(OfferEntity, where, { refresh: true })
  if (offers.length === 0) return 0
  // Publishing tells thousands of families: each thing a message names is loaded once, in bulk.
  const childIds = [...new Set(offers.map((offer) => offer.child.id))]
  const children = new Map(
    (await tx.find(ChildEntity, { id: { $in: childIds } }, { fields: ['firstName', 'homeLanguages', 'schoolClass'] })).map((c) => [c.id, c]),
  )
  const classIds = [...new Set([...children.values()].flatMap((child) => (child.schoolClass ? [child.schoolClass.id] : [])))]
  const areaOfClass = new Map((await tx.find(SchoolClassEntity, { id: { $in: classIds } }, { populate: ['school'] })).map((c) => [c.id, c.school.area.id]))
  const groupIds = [...new Set(offers.map((offer) => offer.group.id))]
  const groups = new Map((await tx.find(HobbyGroupEntity, { id: { $in: groupIds } }, { populate: ['club'] })).map((g) => [g.id, g]))
  const guardians = await guardiansOf(tx, childIds)
  const drafts: MessageDraft[] = offers.flatMap((offer) => {
    const child = children.get(offer.child.id)!
    const group = groups.get(offer.group.id)!
    return toGuardians(
      { id: child.id, homeLanguages: child.homeLanguages, guardians: guardians.get(child.id) ?? [] },
      {
        kind,
        about: kind === 'offerReminder' ? `${offer.id}:${offer.deadline?.getTime()}` : offer.id,
        areaId: child.schoolClass ? (areaOfClass.get(child.schoolClass.id) ?? null) : null,
        params: {
          child: child.firstName,
          group: group.name,
          club: group.club.name,
          place: placeOf(group),
          sessions: group.sessions,
          ...(offer.deadline ? { deadline: offer.deadline.toISOString() } : {}),
          link: '/guardian',
        },
      },
    )
  })
  await queueMessages(tx, drafts, now)
  return drafts.length
}

/** How long before its deadline an open offer is reminded of. */
export const REMIND_BEFORE_MS = 24 * 3600_000

/** Reminds families of open offers whose deadline is within a day (not those about to end within the hour: too late to help). */
export async function remindOffers(em: EntityManager, now: Date): Promise<number> {
  return em.transactional((tx) =>
    tellAboutOffers(
      tx,
      { status: 'offered', deadline: { $gt: new Date(now.getTime() + 3600_000), $lte: new Date(now.getTime() + REMIND_BEFORE_MS) } },
      'offerReminder',
      now,
    ),
  )
}
