import type { EntityManager } from '@mikro-orm/core'
import { flushUnique } from '../../../db/flushUnique.js'
import { parsePhoneNumberFromString } from 'libphonenumber-js'
import { ApiError, type FieldIssue } from '../../../graphql/ApiError.js'
import { fieldIssue } from '../../../graphql/fieldIssue.js'
import { INPUT_LIMITS, withinLimit } from '../../../graphql/inputLimits.js'
import { ClubEntity, type Club } from './club.entity.js'
import { EMAIL, staffsClub, type Account } from '../../people/index.js'
import type { ClubDetailsInput } from './club.type.js'

/** A club, added by an administrator, or renamed by one or by the club's own staff. */
export async function saveClub(em: EntityManager, user: Account, name: string, clubId?: number): Promise<Club> {
  const trimmed = name.trim()
  if (!withinLimit('name', [...trimmed].length)) throw ApiError.invalid([fieldIssue('name', 'length', INPUT_LIMITS.name)])
  let club: Club
  if (clubId) {
    const found = await em.findOne(ClubEntity, { id: clubId })
    if (!found) throw new ApiError('not_found', `No club ${clubId}.`)
    if (user.role !== 'admin') staffsClub(user, found.id)
    club = em.assign(found, { name: trimmed })
  } else {
    club = em.create(ClubEntity, { name: trimmed })
  }
  await flushUnique(em, fieldIssue('name', 'exists', { got: trimmed }))
  return club
}

/**
 * An administrator, or the club's own staff, keep the club's contact details, its description and how
 * much of its groups the city's targeting may hold. Empty fields clear them; each bad field is named.
 */
export async function updateClubDetails(em: EntityManager, user: Account, clubId: number, input: ClubDetailsInput): Promise<Club> {
  const club = await em.findOne(ClubEntity, { id: clubId })
  if (!club) throw new ApiError('not_found', `No club ${clubId}.`)
  if (user.role !== 'admin') staffsClub(user, club.id)
  const issues: FieldIssue[] = []
  const email = input.email?.trim().toLowerCase() || null
  if (email && !EMAIL.test(email)) issues.push(fieldIssue('email', 'email', { got: input.email ?? '' }))
  const phoneText = input.phone?.trim() || null
  const phone = phoneText ? parsePhoneNumberFromString(phoneText, 'FI') : null
  if (phoneText && !phone?.isValid()) issues.push(fieldIssue('phone', 'phone', { got: phoneText }))
  const website = input.website?.trim() || null
  if (website && !isWebAddress(website)) issues.push(fieldIssue('website', 'web_address', { got: website }))
  const share = input.mostTargetedShare ?? club.mostTargetedShare
  if (!withinLimit('targetedShare', share)) issues.push(fieldIssue('mostTargetedShare', 'range', { ...INPUT_LIMITS.targetedShare, got: share }))
  if (issues.length > 0) throw ApiError.invalid(issues)
  em.assign(club, { email, phone: phone?.number ?? null, website, description: input.description.trim(), mostTargetedShare: share })
  await em.flush()
  return club
}

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text)
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.')
  } catch {
    return false
  }
}
