import type { EntityManager } from '@mikro-orm/core'
import { flushUnique } from '../../../db/flushUnique.js'
import { ApiError } from '../../../graphql/ApiError.js'
import { ClubEntity, type Club } from './club.entity.js'
import { staffsClub, type User } from '../../people/index.js'

/** A club, added by an administrator, or renamed by one or by the club's own staff. */
export async function saveClub(em: EntityManager, user: User, name: string, clubId?: number): Promise<Club> {
  const trimmed = name.trim()
  if (trimmed === '' || trimmed.length > 120) throw ApiError.invalid([{ field: 'name', message: 'must be 1–120 characters' }])
  let club: Club
  if (clubId) {
    const found = await em.findOne(ClubEntity, { id: clubId })
    if (!found) throw new ApiError('not_found', `No club ${clubId}.`)
    if (user.role !== 'admin') staffsClub(user, found.id)
    club = em.assign(found, { name: trimmed })
  } else {
    club = em.create(ClubEntity, { name: trimmed })
  }
  await flushUnique(em, { field: 'name', message: `a club "${trimmed}" exists already` })
  return club
}
