import type { EntityManager } from '@mikro-orm/core'
import { toGuardians, type MessageDraft } from '../../../messages/index.js'
import { type Child, ChildEntity, guardiansOf } from '../../people/index.js'
import { HobbyGroupEntity, type HobbyGroup } from '../hobbyGroup/hobbyGroup.entity.js'
import { childInGroupParams } from '../offer/offerMessages.js'

/**
 * The guardians' confirmation of a child's enrolment in a group, to queue in the enrolment's transaction.
 * Read before it, so that the transaction holds the group's seat row no longer than it must.
 */
export async function enrolmentNotice(em: EntityManager, childId: number, groupId: number, now: Date): Promise<MessageDraft[]> {
  const child = await em.findOneOrFail(ChildEntity, { id: childId }, { populate: ['schoolClass.school'] })
  const group = await em.findOneOrFail(HobbyGroupEntity, { id: groupId }, { populate: ['club'] })
  return enrolmentNoticeOf(em, child, group, now)
}

/** The same, for a child and a group already read (their class's school and the group's club loaded). */
export async function enrolmentNoticeOf(
  em: EntityManager,
  child: Pick<Child, 'id' | 'firstName' | 'homeLanguages' | 'schoolClass'>,
  group: Pick<HobbyGroup, 'id' | 'name' | 'nameSv' | 'nameEn' | 'club' | 'sessions' | 'venue'>,
  now: Date,
): Promise<MessageDraft[]> {
  const guardians = (await guardiansOf(em, [child.id])).get(child.id) ?? []
  return toGuardians(
    { id: child.id, homeLanguages: child.homeLanguages, guardians },
    {
      kind: 'enrolmentConfirmed',
      about: `group:${group.id}:${child.id}:${now.getTime()}`,
      areaId: child.schoolClass?.school.area.id ?? null,
      params: childInGroupParams(child, group),
    },
  )
}
