import type { EntityManager } from '@mikro-orm/core'
import { ApiError, type FieldIssue } from '../../../graphql/ApiError.js'
import { fieldIssue } from '../../../graphql/fieldIssue.js'
import { nameTranslationsOf, translationIssues } from '../../../graphql/translations.js'
import { ArtFieldEntity } from '../artField/artField.entity.js'
import { InstitutionEntity, type Institution } from './institution.entity.js'
import type { CreateInstitutionInput } from './institution.input.js'
import { flushUnique } from '../../../db/flushUnique.js'

/** An institution hosting godchildren of one field. */
export async function createInstitution(em: EntityManager, input: CreateInstitutionInput): Promise<Institution> {
  const issues: FieldIssue[] = []
  if (input.name.trim() === '') issues.push(fieldIssue('name', 'required'))
  const field = await em.findOne(ArtFieldEntity, { id: Number(input.fieldId) })
  if (!field) issues.push(fieldIssue('fieldId', 'unknown', { got: input.fieldId }))
  const taken = fieldIssue('name', 'exists', { got: input.name.trim() })
  if (issues.length === 0 && (await em.findOne(InstitutionEntity, { name: input.name.trim() }))) issues.push(taken)
  issues.push(...translationIssues(input))
  if (issues.length > 0) throw ApiError.invalid(issues)
  const institution = em.create(InstitutionEntity, { name: input.name.trim(), ...nameTranslationsOf(input), field: field! })
  await flushUnique(em, taken)
  return institution
}
