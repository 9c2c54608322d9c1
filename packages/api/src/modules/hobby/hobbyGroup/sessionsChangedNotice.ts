import { sameWeek } from '@mukana/matcher'
import type { EntityManager } from '@mikro-orm/core'
import { queueMessages, toGuardians, type MessageDraft } from '../../../messages/index.js'
import { guardiansOf } from '../../people/index.js'
import { EnrolmentEntity } from '../enrolment/enrolment.entity.js'
import { OfferEntity } from '../offer/offer.entity.js'
import { childInGroupParams } from '../offer/offerMessages.js'
import type { HobbyGroup } from './hobbyGroup.entity.js'

/**
 * When a club moves a group's weekly sessions or its place, the families whose calendar it changes are
 * told, in the change's transaction: the guardians of every child enrolled or with an open offer.
 */
export async function tellSessionsChanged(
  tx: EntityManager,
  before: Pick<HobbyGroup, 'sessions' | 'venue'>,
  group: HobbyGroup & { club: { name: string } },
  now: Date,
): Promise<void> {
  if (sameWeek(before.sessions, group.sessions) && before.venue.trim() === group.venue.trim()) return
  // One query at a time: the transaction has one connection.
  const enrolled = await tx.find(EnrolmentEntity, { group: group.id, status: 'enrolled' }, { populate: ['child.schoolClass.school'] })
  const offered = await tx.find(OfferEntity, { group: group.id, status: 'offered' }, { populate: ['child.schoolClass.school'] })
  const children = new Map([...enrolled, ...offered].map((row) => [row.child.id, row.child]))
  if (children.size === 0) return
  const guardians = await guardiansOf(tx, [...children.keys()])
  const drafts: MessageDraft[] = [...children.values()].flatMap((child) =>
    toGuardians(
      { id: child.id, homeLanguages: child.homeLanguages, guardians: guardians.get(child.id) ?? [] },
      {
        kind: 'sessionsChanged',
        about: `${group.id}:${child.id}:${now.getTime()}`,
        areaId: child.schoolClass?.school.area.id ?? null,
        params: childInGroupParams(child, group),
      },
    ),
  )
  await queueMessages(tx, drafts, now)
}
