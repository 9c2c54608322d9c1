import type { EntityManager, FilterQuery } from '@mikro-orm/core'
import { mapLocalized, namesOf } from '../../../graphql/translations.js'
import type { QBFilterQuery, SqlEntityManager } from '@mikro-orm/knex'
import { queueMessages, toGuardians, type MessageDraft } from '../../../messages/index.js'
import { OfferEntity, type Offer } from './offer.entity.js'
import { HobbyGroupEntity, type HobbyGroup } from '../hobbyGroup/hobbyGroup.entity.js'
import { MatchRunEntity } from '../matchRun/matchRun.entity.js'
import { guardiansOf } from '../../people/index.js'
import { jsonColumn } from '../../../db/jsonColumn.js'
import { selectByIds } from '../../../db/selectByIds.js'

type OfferKind = 'offerMade' | 'offerPromoted' | 'offerReminder' | 'offerLapsed'

/** Where a group meets, as a family needs it: its venue, else its club. */
export function placeOf(group: { venue: string; club: { name: string } }): string {
  return group.venue.trim() || group.club.name
}

/**
 * What a message about a child's weekly group says of it (its enrolment confirmed, its sessions moved):
 * the group with its club, in each language, its week and its place.
 */
export function childInGroupParams(
  child: { firstName: string },
  group: { name: string; nameSv: string | null; nameEn: string | null; sessions: HobbyGroup['sessions']; venue: string; club: { name: string } },
) {
  return {
    child: child.firstName,
    what: mapLocalized(namesOf(group), (name) => `${name} (${group.club.name})`),
    sessions: group.sessions,
    place: placeOf(group),
    link: '/guardian',
  }
}

/**
 * Tells the guardians of the children of these offers, in the caller's transaction: an offer made at
 * publication, one passed down from the waiting list, a reminder before its deadline, or its lapse.
 * Each (offer, guardian, kind) is told once; a reminder once per deadline.
 */
export async function tellAboutOffers(tx: EntityManager, where: FilterQuery<Offer>, kind: OfferKind, now: Date): Promise<number> {
  // Fresh from the database (the caller has just changed the offers' status and deadline by conditional
  // updates), and as plain rows: publishing tells thousands of families, and each thing a message names
  // is read once, in bulk.
  const offers = (
    await (tx as SqlEntityManager)
      .createQueryBuilder(OfferEntity)
      .select(['id', 'child', 'group', 'deadline'])
      .where(where as QBFilterQuery<Offer>)
      .execute<OfferRow[]>('all')
  ).map((offer) => ({
    id: offer.id,
    child: { id: idOf(offer.child) },
    group: { id: idOf(offer.group) },
    deadline: offer.deadline ? new Date(offer.deadline) : null,
  }))
  if (offers.length === 0) return 0
  const childIds = [...new Set(offers.map((offer) => offer.child.id))]
  const children = await childrenToTell(tx, childIds)
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
        areaId: child.areaId,
        params: {
          child: child.firstName,
          group: namesOf(group),
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

/** The job that tells the families of a published run, nudged when a run is published. */
export const TELL_PUBLISHED_RUNS = 'tellPublishedRuns'

/**
 * Tells the families of each published run not told yet (publishMatchRun commits the offers; this
 * queues their messages right after): each run in a transaction of its own that marks it told by a
 * conditional update (of two sweeps at once, one tells) and queues one message per guardian and offer
 * still open. If it fails, the run stays untold for the next sweep; nothing is told twice.
 */
export async function tellPublishedRuns(em: EntityManager, now: Date): Promise<number> {
  const runs = await em.find(MatchRunEntity, { publishedAt: { $ne: null }, offersToldAt: null }, { fields: ['id'], orderBy: { id: 'asc' } })
  let queued = 0
  for (const { id } of runs) {
    queued += await em.transactional(async (tx) => {
      if ((await tx.nativeUpdate(MatchRunEntity, { id, offersToldAt: null }, { offersToldAt: now })) === 0) return 0
      return tellAboutOffers(tx, { run: id, status: 'offered' }, 'offerMade', now)
    })
  }
  return queued
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

interface OfferRow {
  id: number
  child: unknown
  group: unknown
  deadline: Date | string | number | null
}

/** A reference as the query builder returns it: the id, or an object holding it. */
function idOf(reference: unknown): number {
  return Number(typeof reference === 'object' && reference !== null ? (reference as { id: number }).id : reference)
}

/** What an offer's message says of each child: first name, home languages, and the area of its school. */
async function childrenToTell(tx: EntityManager, childIds: number[]): Promise<Map<number, ChildToTell>> {
  const rows = await selectByIds<{ id: number; first_name: string; home_languages: string | string[]; area_id: number | null }>(
    tx,
    (ids) => `select c.id, c.first_name, c.home_languages, s.area_id from child c
       left join school_class k on k.id = c.school_class_id left join school s on s.id = k.school_id
       where c.id in (${ids})`,
    childIds,
  )
  return new Map(
    rows.map((row) => [
      Number(row.id),
      {
        id: Number(row.id),
        firstName: row.first_name,
        homeLanguages: jsonColumn(row.home_languages),
        areaId: row.area_id === null ? null : Number(row.area_id),
      },
    ]),
  )
}

interface ChildToTell {
  id: number
  firstName: string
  homeLanguages: string[]
  areaId: number | null
}
