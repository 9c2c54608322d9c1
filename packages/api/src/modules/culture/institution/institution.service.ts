import type { EntityManager } from '@mikro-orm/core'
import { ApiError, type FieldIssue } from '../../../graphql/ApiError.js'
import { ArtFieldEntity } from '../artField/artField.entity.js'
import { InstitutionEntity, type Institution } from './institution.entity.js'
import type { CreateInstitutionInput } from './institution.input.js'
import { flushUnique } from '../../../db/flushUnique.js'

/** An institution hosting godchildren of one field. */
export async function createInstitution(em: EntityManager, input: CreateInstitutionInput): Promise<Institution> {
  const issues: FieldIssue[] = []
  if (input.name.trim() === '') issues.push({ field: 'name', message: 'must not be empty' })
  const field = await em.findOne(ArtFieldEntity, { id: Number(input.fieldId) })
  if (!field) issues.push({ field: 'fieldId', message: `no art field ${input.fieldId}` })
  const taken = { field: 'name', message: `"${input.name.trim()}" exists already` }
  if (issues.length === 0 && (await em.findOne(InstitutionEntity, { name: input.name.trim() }))) issues.push(taken)
  if (issues.length > 0) throw ApiError.invalid(issues)
  const institution = em.create(InstitutionEntity, { name: input.name.trim(), field: field! })
  await flushUnique(em, taken)
  return institution
}
