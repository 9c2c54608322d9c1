import type { EntityManager } from '@mikro-orm/core'
import type { User } from '../user/user.entity.js'
import { selectByIds } from '../../../db/selectByIds.js'

/** What a message needs of a guardian. */
export type GuardianContact = Pick<User, 'id' | 'email' | 'phone' | 'language' | 'messageChannels' | 'reminders'>

/**
 * The guardians of many children, by child id, one query per thousand children: the pivot joined to
 * the accounts, read as plain rows with only the fields a message needs (publishing a city's run tells
 * thousands of families, and hydrating each child's guardian collection took seconds).
 */
export async function guardiansOf(em: EntityManager, childIds: readonly number[]): Promise<Map<number, GuardianContact[]>> {
  const unique = [...new Set(childIds)]
  const byChild = new Map<number, GuardianContact[]>(unique.map((id) => [id, []]))
  const rows = await selectByIds<GuardianRow>(
    em,
    (ids) => `select g.child_id, ${GUARDIAN_CONTACT_COLUMNS}
       from child_guardian g join app_user u on u.id = g.user_id
       where g.child_id in (${ids}) order by g.child_id, u.id`,
    unique,
  )
  for (const row of rows) byChild.get(Number(row.child_id))!.push(guardianContactOf(row))
  return byChild
}

/** The columns of a guardian's contact, from `app_user` joined as `u`: select them for guardianContactOf. */
export const GUARDIAN_CONTACT_COLUMNS = 'u.id, u.email, u.phone, u.language, u.message_channels, u.reminders'

/** The contact columns as the drivers return them. */
export interface GuardianContactRow {
  id: number
  email: string
  phone: string | null
  language: string | null
  message_channels: string
  reminders: boolean | number
}

/** A guardian's contact from a row holding GUARDIAN_CONTACT_COLUMNS. */
export function guardianContactOf(row: GuardianContactRow): GuardianContact {
  return {
    id: Number(row.id),
    email: row.email,
    phone: row.phone,
    language: row.language,
    messageChannels: row.message_channels as GuardianContact['messageChannels'],
    reminders: Boolean(row.reminders),
  }
}

interface GuardianRow extends GuardianContactRow {
  child_id: number
}
