import type { EntityManager } from '@mikro-orm/core'
import { queueMessages, toGuardians } from '../../../messages/index.js'
import { ChildEntity, guardiansOf } from '../../people/index.js'
import { HobbyGroupEntity } from '../hobbyGroup/hobbyGroup.entity.js'
import { placeOf } from '../offer/offerMessages.js'

/** Confirms a child's enrolment in a group to its guardians, in the enrolment's transaction. */
export async function tellEnrolled(tx: EntityManager, childId: number, groupId: number, now: Date): Promise<void> {
  const child = await tx.findOneOrFail(ChildEntity, { id: childId }, { populate: ['schoolClass.school'] })
  const group = await tx.findOneOrFail(HobbyGroupEntity, { id: groupId }, { populate: ['club'] })
  const guardians = (await guardiansOf(tx, [childId])).get(childId) ?? []
  const drafts = toGuardians(
    { id: child.id, homeLanguages: child.homeLanguages, guardians },
    {
      kind: 'enrolmentConfirmed',
      about: `group:${groupId}:${child.id}:${now.getTime()}`,
      areaId: child.schoolClass?.school.area.id ?? null,
      params: { child: child.firstName, what: `${group.name} (${group.club.name})`, sessions: group.sessions, place: placeOf(group), link: '/guardian' },
    },
  )
  await queueMessages(tx, drafts, now)
}
