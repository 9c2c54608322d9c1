import type { EntityManager } from '@mikro-orm/core'
import { ApiError, type FieldIssue } from '../../../graphql/ApiError.js'
import { fieldIssue } from '../../../graphql/fieldIssue.js'
import { INPUT_LIMITS, withinLimit } from '../../../graphql/inputLimits.js'
import { CohortEntity, type Cohort } from './cohort.entity.js'
import type { CreateCohortInput } from './cohort.input.js'
import { flushUnique } from '../../../db/flushUnique.js'

/** A cohort: a birth year and its sponsor in the city's rotation (coordinators; the resolver checks). */
export async function createCohort(em: EntityManager, input: CreateCohortInput, now = new Date()): Promise<Cohort> {
  const issues: FieldIssue[] = []
  const latest = now.getFullYear() + 1
  if (!(input.birthYear >= 2000 && input.birthYear <= latest)) issues.push(fieldIssue('birthYear', 'range', { min: 2000, max: latest, got: input.birthYear }))
  if (input.sponsor.trim() === '') issues.push(fieldIssue('sponsor', 'required'))
  if (input.births !== null && input.births !== undefined && !withinLimit('cohortBirths', input.births))
    issues.push(fieldIssue('births', 'range', { ...INPUT_LIMITS.cohortBirths, got: input.births }))
  if (issues.length === 0 && (await em.findOne(CohortEntity, { birthYear: input.birthYear })))
    issues.push(fieldIssue('birthYear', 'exists', { got: input.birthYear }))
  if (issues.length > 0) throw ApiError.invalid(issues)
  const cohort = em.create(CohortEntity, { birthYear: input.birthYear, sponsor: input.sponsor.trim(), assignedAt: null, births: input.births ?? null })
  await flushUnique(em, fieldIssue('birthYear', 'exists', { got: input.birthYear }))
  return cohort
}
