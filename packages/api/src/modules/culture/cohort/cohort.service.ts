import type { EntityManager } from '@mikro-orm/core'
import { ApiError, type FieldIssue } from '../../../graphql/ApiError.js'
import { CohortEntity, type Cohort } from './cohort.entity.js'
import type { CreateCohortInput } from './cohort.input.js'
import { flushUnique } from '../../../db/flushUnique.js'

/** A cohort: a birth year and its sponsor in the city's rotation (coordinators; the resolver checks). */
export async function createCohort(em: EntityManager, input: CreateCohortInput, now = new Date()): Promise<Cohort> {
  const issues: FieldIssue[] = []
  const latest = now.getFullYear() + 1
  if (!(input.birthYear >= 2000 && input.birthYear <= latest)) issues.push({ field: 'birthYear', message: `must be 2000–${latest}, got ${input.birthYear}` })
  if (input.sponsor.trim() === '') issues.push({ field: 'sponsor', message: 'must not be empty' })
  if (input.births !== null && input.births !== undefined && !(input.births >= 0 && input.births <= 100_000))
    issues.push({ field: 'births', message: `must be 0–100000, got ${input.births}` })
  if (issues.length === 0 && (await em.findOne(CohortEntity, { birthYear: input.birthYear })))
    issues.push({ field: 'birthYear', message: `the ${input.birthYear} cohort exists already` })
  if (issues.length > 0) throw ApiError.invalid(issues)
  const cohort = em.create(CohortEntity, { birthYear: input.birthYear, sponsor: input.sponsor.trim(), assignedAt: null, births: input.births ?? null })
  await flushUnique(em, { field: 'birthYear', message: `the ${input.birthYear} cohort exists already` })
  return cohort
}
