import type { EntityManager } from '@mikro-orm/core'
import { ApiError, type FieldIssue } from '../../../graphql/ApiError.js'
import { fieldIssue } from '../../../graphql/fieldIssue.js'
import { INPUT_LIMITS, withinLimit } from '../../../graphql/inputLimits.js'
import { ArtFieldEntity } from '../artField/artField.entity.js'
import { CohortEntity } from '../cohort/cohort.entity.js'
import { placeLateRegistrant } from '../trackAssignment/placeLateRegistrant.js'
import type { RegisterGodchildInput } from './registration.input.js'
import { type Child, ChildEntity, guardsChild, HELSINKI_DISTRICTS, type Account } from '../../people/index.js'

const LANGUAGE = /^[a-z]{2,3}$/

/**
 * A guardian registers a child for the culture godchild programme: born in a year the programme covers
 * (a cohort exists) and living in the city (a Helsinki district). The child may be one the guardian
 * already has here (a pupil, say: the same record gains its culture registration) or a new one. When the
 * cohort's tracks are already assigned, the child is placed at once.
 */
export async function registerGodchild(em: EntityManager, user: Account, input: RegisterGodchildInput): Promise<Child> {
  const existing = input.childId ? await guardsChild(em, user, Number(input.childId)) : null
  if (existing?.registeredAt) throw new ApiError('godchild/already_registered', `${existing.firstName} is already registered.`)
  const issues: FieldIssue[] = []
  const firstName = input.firstName.trim()
  if (!withinLimit('childFirstName', [...firstName].length)) issues.push(fieldIssue('firstName', 'length', INPUT_LIMITS.childFirstName))
  if (input.homeLanguages.length === 0) issues.push(fieldIssue('homeLanguages', 'required'))
  input.homeLanguages.forEach((language, i) => {
    if (!LANGUAGE.test(language)) issues.push(fieldIssue(`homeLanguages[${i}]`, 'language', { got: language }))
  })
  const fieldIds = input.fieldRanking.map(Number)
  const known = new Set((await em.find(ArtFieldEntity, { id: { $in: fieldIds } })).map((field) => field.id))
  fieldIds.forEach((id, i) => {
    if (!known.has(id)) issues.push(fieldIssue(`fieldRanking[${i}]`, 'unknown', { got: input.fieldRanking[i] }))
    else if (fieldIds.indexOf(id) !== i) issues.push(fieldIssue(`fieldRanking[${i}]`, 'duplicate', { got: input.fieldRanking[i] }))
  })
  if (issues.length > 0) throw ApiError.invalid(issues)
  if (!(HELSINKI_DISTRICTS as readonly string[]).includes(input.district)) {
    throw new ApiError('godchild/not_eligible', `"${input.district}" is not a Helsinki district: the programme is for children living in the city.`)
  }
  const cohort = await em.findOne(CohortEntity, { birthYear: input.birthYear })
  if (!cohort) throw new ApiError('godchild/not_eligible', `Children born in ${input.birthYear} are not in the programme.`)
  const registration = {
    firstName,
    birthYear: input.birthYear,
    district: input.district,
    homeLanguages: input.homeLanguages,
    fieldRanking: fieldIds,
    track: null,
    registeredAt: new Date(),
  }
  const child = existing
    ? em.assign(existing, registration)
    : em.create(ChildEntity, { ...registration, lastName: null, gender: 'unspecified', schoolClass: null, guardians: [user.id], version: 0 })
  await em.flush()
  if (cohort.assignedAt) {
    const track = await placeLateRegistrant(em, child, cohort.id)
    if (track) child.track = track
  }
  return child
}

/** A guardian's children registered for the godchild programme. */
export function findMyGodchildren(em: EntityManager, user: Account): Promise<Child[]> {
  return em.find(ChildEntity, { guardians: user.id, registeredAt: { $ne: null } }, { orderBy: { birthYear: 'desc', id: 'asc' } })
}

/** The guardian's own child, registered for the programme (its track loaded); else a refusal. */
export async function findOwnGodchild(em: EntityManager, user: Account, childId: number): Promise<Child & { birthYear: number; district: string }> {
  const child = await guardsChild(em, user, childId)
  if (!child.registeredAt || child.birthYear === null || child.district === null) {
    throw new ApiError('godchild/not_registered', `${child.firstName} is not registered for the godchild programme.`)
  }
  return child as Child & { birthYear: number; district: string }
}
