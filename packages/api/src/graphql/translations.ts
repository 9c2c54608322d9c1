import { Field, InputType } from 'type-graphql'
import { LongText } from './checkInput.js'
import { fieldIssue, type FieldIssue } from './fieldIssue.js'
import { INPUT_LIMITS } from './inputLimits.js'
import type { LocalizedText } from './LocalizedText.js'

/**
 * Terminology: content (a group's, an event's, an institution's name and description) is written in
 * Finnish, which every family may read, and in Swedish and English when its publisher gives them; a
 * reader of another language sees the Finnish. The translations are the optional `nameSv`, `nameEn`,
 * `descriptionSv`, `descriptionEn` of an input and of the stored row.
 */
export interface Translations {
  nameSv?: string | null
  nameEn?: string | null
  descriptionSv?: string | null
  descriptionEn?: string | null
}

const given = (text: string | null | undefined) => text?.trim() || null

/** The translated names an input gives, trimmed; an empty one is none. */
export function nameTranslationsOf(input: Translations): { nameSv: string | null; nameEn: string | null } {
  return { nameSv: given(input.nameSv), nameEn: given(input.nameEn) }
}

/** The translated names and descriptions an input gives, likewise. */
export function translationsOf(input: Translations): Required<{ [K in keyof Translations]: string | null }> {
  return { ...nameTranslationsOf(input), descriptionSv: given(input.descriptionSv), descriptionEn: given(input.descriptionEn) }
}

/** A translated name is a name: the same length limit as the Finnish one. */
export function translationIssues(input: Translations): FieldIssue[] {
  return (['nameSv', 'nameEn'] as const)
    .filter((field) => [...(given(input[field]) ?? '')].length > INPUT_LIMITS.name.max)
    .map((field) => fieldIssue(field, 'length', INPUT_LIMITS.name))
}

/** The name in the city's languages. */
export function namesOf(row: { name: string; nameSv?: string | null; nameEn?: string | null }): LocalizedText {
  return { fi: row.name, sv: row.nameSv || null, en: row.nameEn || null }
}

/** The description in the city's languages. */
export function descriptionsOf(row: { description: string; descriptionSv?: string | null; descriptionEn?: string | null }): LocalizedText {
  return { fi: row.description, sv: row.descriptionSv || null, en: row.descriptionEn || null }
}

/** The same change to each language's text: `(name) => \`${name} (club)\``. */
export function mapLocalized(text: LocalizedText, change: (text: string) => string): LocalizedText {
  return { fi: change(text.fi), sv: text.sv && change(text.sv), en: text.en && change(text.en) }
}

/** A localized text in one language, falling back to Finnish. */
export function inLanguage(text: LocalizedText, language: string): string {
  return (language === 'sv' ? text.sv : language === 'en' ? text.en : null) || text.fi
}

/** The optional translated names of an input (an institution's). */
@InputType() // a base of inputs, not a type of its own in the schema
export class TranslatedNameInput implements Translations {
  @Field(() => String, { nullable: true, description: 'The name in Swedish, if it has one; Swedish readers see the Finnish name otherwise.' })
  nameSv?: string | null

  @Field(() => String, { nullable: true, description: 'The name in English, if it has one.' })
  nameEn?: string | null
}

/** The optional translated names and descriptions of an input (a group's, an event's). */
@InputType() // a base of inputs, not a type of its own in the schema
export class TranslatedContentInput extends TranslatedNameInput {
  @LongText()
  @Field(() => String, { nullable: true, description: 'The description in Swedish, if it has one.' })
  descriptionSv?: string | null

  @LongText()
  @Field(() => String, { nullable: true, description: 'The description in English, if it has one.' })
  descriptionEn?: string | null
}
