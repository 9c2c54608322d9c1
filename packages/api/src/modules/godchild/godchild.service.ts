import type { EntityManager } from '@mikro-orm/core'
import { ApiError, type FieldIssue } from '../../graphql/ApiError.js'
import { ArtFieldEntity } from '../artField/artField.entity.js'
import { CohortEntity } from '../cohort/cohort.entity.js'
import { placeLateRegistrant } from '../trackAssignment/placeLateRegistrant.js'
import type { User } from '../user/user.entity.js'
import { GodchildEntity, type Godchild } from './godchild.entity.js'
import type { RegisterGodchildInput } from './godchild.input.js'
import { HELSINKI_DISTRICTS } from './helsinkiDistricts.js'

const LANGUAGE = /^[a-z]{2,3}$/

/**
 * A guardian registers a child: born in a year the programme covers (a cohort exists) and living in the
 * city (a Helsinki district). When the cohort's tracks are already assigned, the child is placed at once.
 */
export async function registerGodchild(em: EntityManager, user: User, input: RegisterGodchildInput): Promise<Godchild> {
  if (user.role !== 'guardian') throw new ApiError('auth/forbidden', 'Guardians register their children.')
  const issues: FieldIssue[] = []
  const firstName = input.firstName.trim()
  if (firstName === '' || firstName.length > 80) issues.push({ field: 'firstName', message: 'must be 1–80 characters' })
  if (input.homeLanguages.length === 0) issues.push({ field: 'homeLanguages', message: 'name at least one language' })
  input.homeLanguages.forEach((language, i) => {
    if (!LANGUAGE.test(language)) issues.push({ field: `homeLanguages[${i}]`, message: `must be a language code like "fi" or "so", got "${language}"` })
  })
  const fieldIds = input.fieldRanking.map(Number)
  const known = new Set((await em.find(ArtFieldEntity, { id: { $in: fieldIds } })).map((field) => field.id))
  fieldIds.forEach((id, i) => {
    if (!known.has(id)) issues.push({ field: `fieldRanking[${i}]`, message: `no art field ${input.fieldRanking[i]}` })
    else if (fieldIds.indexOf(id) !== i) issues.push({ field: `fieldRanking[${i}]`, message: `field ${input.fieldRanking[i]} is ranked twice` })
  })
  if (issues.length > 0) throw ApiError.invalid(issues)
  if (!(HELSINKI_DISTRICTS as readonly string[]).includes(input.district)) {
    throw new ApiError('godchild/not_eligible', `"${input.district}" is not a Helsinki district: the programme is for children living in the city.`)
  }
  const cohort = await em.findOne(CohortEntity, { birthYear: input.birthYear })
  if (!cohort) throw new ApiError('godchild/not_eligible', `Children born in ${input.birthYear} are not in the programme.`)
  const child = em.create(GodchildEntity, {
    guardian: user.id,
    firstName,
    birthYear: input.birthYear,
    district: input.district,
    homeLanguages: input.homeLanguages,
    fieldRanking: fieldIds,
    track: null,
    registeredAt: new Date(),
    version: 0,
  })
  await em.flush()
  if (cohort.assignedAt) {
    const track = await placeLateRegistrant(em, child, cohort.id)
    if (track) child.track = track
  }
  return child
}

/** A guardian's registered children. */
export function findMyGodchildren(em: EntityManager, user: User): Promise<Godchild[]> {
  if (user.role !== 'guardian') throw new ApiError('auth/forbidden', 'Only guardians have godchildren here.')
  return em.find(GodchildEntity, { guardian: user.id }, { orderBy: { birthYear: 'desc', id: 'asc' } })
}

/** The guardian's own registered child (its track loaded); else a refusal, the same whether or not the child exists. */
export async function findOwnGodchild(em: EntityManager, user: User, godchildId: number): Promise<Godchild> {
  const child = user.role === 'guardian' ? await em.findOne(GodchildEntity, { id: godchildId, guardian: user.id }, { populate: ['track'] }) : null
  if (!child) throw new ApiError('auth/forbidden', 'Only the guardian of this child can do this.')
  return child
}
