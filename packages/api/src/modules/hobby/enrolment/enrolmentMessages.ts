import type { EntityManager } from '@mikro-orm/core'
import { toGuardians, type MessageDraft } from '../../../messages/index.js'
import { type Child, ChildEntity, type GuardianContact, guardiansOf } from '../../people/index.js'
import { HobbyGroupEntity, type HobbyGroup } from '../hobbyGroup/hobbyGroup.entity.js'
import { childInGroupParams } from '../offer/offerMessages.js'

/**
 * The guardians' confirmation of a child's enrolment in a group, to queue in the enrolment's transaction.
 * Read before it, so that the transaction holds the group's seat row no longer than it must.
 */
export async function enrolmentNotice(em: EntityManager, childId: number, groupId: number, now: Date): Promise<MessageDraft[]> {
  const child = await em.findOneOrFail(ChildEntity, { id: childId }, { populate: ['schoolClass.school'] })
  const group = await em.findOneOrFail(HobbyGroupEntity, { id: groupId }, { populate: ['club'] })
  const guardians = (await guardiansOf(em, [child.id])).get(child.id) ?? []
  return enrolmentNoticeOf({ ...child, areaId: child.schoolClass?.school.area.id ?? null }, group, guardians, now)
}

/** The same, for a child, a group and the child's guardians already read. */
export function enrolmentNoticeOf(
  child: Pick<Child, 'id' | 'firstName' | 'homeLanguages'> & { areaId: number | null },
  group: Pick<HobbyGroup, 'id' | 'name' | 'nameSv' | 'nameEn' | 'sessions' | 'venue'> & { club: { name: string } },
  guardians: GuardianContact[],
  now: Date,
): MessageDraft[] {
  return toGuardians(
    { id: child.id, homeLanguages: child.homeLanguages, guardians },
    {
      kind: 'enrolmentConfirmed',
      about: `group:${group.id}:${child.id}:${now.getTime()}`,
      areaId: child.areaId,
      params: childInGroupParams(child, group),
    },
  )
}
