import type { EntityManager } from '@mikro-orm/core'
import { MODULES } from '../modules/index.js'
import { ChildEntity, UserEntity, type User, type Account } from '../modules/people/index.js'
import { leaf, type DataNode } from './PersonalData.js'

/** Every module's part, in the modules' order. */
export const PERSONAL_DATA_PARTS = MODULES.flatMap((module) => (module.personalData ? [module.personalData] : []))

/** The guardian's account and children whom the GDPR API names by `subject`; null when nobody has it. */
export async function findPerson(em: EntityManager, subject: string): Promise<{ user: User; childIds: number[] } | null> {
  const user = await em.findOne(UserEntity, { subject })
  if (!user) return null
  const children = await em.find(ChildEntity, { guardians: user.id }, { fields: ['id'], orderBy: { id: 'asc' } })
  return { user, childIds: children.map((child) => child.id) }
}

/** The person's data as the GDPR API gives it: the account, and under it each child with every module's part. */
export async function personalDataOf(em: EntityManager, user: Account, childIds: number[]): Promise<DataNode> {
  const parts = await Promise.all(PERSONAL_DATA_PARTS.map((part) => part.childNodes(em, childIds)))
  const children: DataNode[] = childIds.map((id) => ({ key: 'CHILD', children: parts.flatMap((part) => part.get(id) ?? []) }))
  return {
    key: 'GUARDIAN',
    children: [
      ...leaf('NAME', user.name),
      ...leaf('EMAIL', user.email),
      ...leaf('ROLE', user.role),
      ...(children.length ? [{ key: 'CHILDREN', children }] : []),
    ],
  }
}
