import type { EntityManager } from '@mikro-orm/core'
import { ApiError, type FieldIssue } from '../../../graphql/ApiError.js'
import { ArtFieldEntity, type ArtField } from './artField.entity.js'
import type { CreateArtFieldInput } from './artField.input.js'

const CODE = /^[a-z]+(-[a-z]+)*$/

/** The seven fields are editable: a coordinator adds one. */
export async function createArtField(em: EntityManager, input: CreateArtFieldInput): Promise<ArtField> {
  const issues: FieldIssue[] = []
  if (!CODE.test(input.code)) issues.push({ field: 'code', message: `must be like "music" or "visual-arts", got "${input.code}"` })
  for (const name of ['nameFi', 'nameSv', 'nameEn'] as const) if (input[name].trim() === '') issues.push({ field: name, message: 'must not be empty' })
  if (issues.length === 0 && (await em.findOne(ArtFieldEntity, { code: input.code }))) issues.push({ field: 'code', message: `"${input.code}" exists already` })
  if (issues.length > 0) throw ApiError.invalid(issues)
  const field = em.create(ArtFieldEntity, { code: input.code, nameFi: input.nameFi.trim(), nameSv: input.nameSv.trim(), nameEn: input.nameEn.trim() })
  await em.flush()
  return field
}

/** The fields are editable: a coordinator renames one (its code stays, so wishes and tracks keep pointing at it). */
export async function renameArtField(em: EntityManager, fieldId: number, names: { nameFi: string; nameSv: string; nameEn: string }): Promise<ArtField> {
  const field = await em.findOne(ArtFieldEntity, { id: fieldId })
  if (!field) throw new ApiError('not_found', `No art field ${fieldId}.`)
  const issues: FieldIssue[] = []
  for (const name of ['nameFi', 'nameSv', 'nameEn'] as const) if (names[name].trim() === '') issues.push({ field: name, message: 'must not be empty' })
  if (issues.length > 0) throw ApiError.invalid(issues)
  em.assign(field, { nameFi: names.nameFi.trim(), nameSv: names.nameSv.trim(), nameEn: names.nameEn.trim() })
  await em.flush()
  return field
}
