import type { LocalizedTextInput } from '../../../graphql/LocalizedText.js'
import type { EntityManager } from '@mikro-orm/core'
import { ApiError, type FieldIssue } from '../../../graphql/ApiError.js'
import { fieldIssue } from '../../../graphql/fieldIssue.js'
import { ArtFieldEntity, type ArtField } from './artField.entity.js'
import type { CreateArtFieldInput } from './artField.input.js'
import { flushUnique } from '../../../db/flushUnique.js'

const CODE = /^[a-z]+(-[a-z]+)*$/
const LANGUAGES = ['fi', 'sv', 'en'] as const

/** A field's name is needed in all three languages (families choose fields by it). */
function checkNames(name: LocalizedTextInput): FieldIssue[] {
  return LANGUAGES.filter((language) => !name[language]?.trim()).map((language) => fieldIssue(`name.${language}`, 'required'))
}

function namesOf(name: LocalizedTextInput): Pick<ArtField, 'nameFi' | 'nameSv' | 'nameEn'> {
  return { nameFi: name.fi.trim(), nameSv: name.sv!.trim(), nameEn: name.en!.trim() }
}

/** The seven fields are editable: a coordinator adds one. */
export async function createArtField(em: EntityManager, input: CreateArtFieldInput): Promise<ArtField> {
  const issues: FieldIssue[] = []
  if (!CODE.test(input.code)) issues.push(fieldIssue('code', 'format', { example: 'visual-arts', got: input.code }))
  issues.push(...checkNames(input.name))
  if (issues.length === 0 && (await em.findOne(ArtFieldEntity, { code: input.code }))) issues.push(fieldIssue('code', 'exists', { got: input.code }))
  if (issues.length > 0) throw ApiError.invalid(issues)
  const field = em.create(ArtFieldEntity, { code: input.code, ...namesOf(input.name) })
  await flushUnique(em, fieldIssue('code', 'exists', { got: input.code }))
  return field
}

/** The fields are editable: a coordinator renames one (its code stays, so wishes and tracks keep pointing at it). */
export async function renameArtField(em: EntityManager, fieldId: number, name: LocalizedTextInput): Promise<ArtField> {
  const field = await em.findOne(ArtFieldEntity, { id: fieldId })
  if (!field) throw new ApiError('not_found', `No art field ${fieldId}.`)
  const issues = checkNames(name)
  if (issues.length > 0) throw ApiError.invalid(issues)
  em.assign(field, namesOf(name))
  await em.flush()
  return field
}
