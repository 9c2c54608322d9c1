import type { GraphQLInputType } from 'graphql'
import { Extensions } from 'type-graphql'
import { ApiError } from './ApiError.js'
import { fieldIssue, type FieldIssue } from './fieldIssue.js'

/** Ids are database keys: whole numbers from 1 to PostgreSQL's integer maximum. */
const ID = /^[1-9][0-9]{0,9}$/
const MAX_ID = 2_147_483_647

/** Characters of any text: a name, a code, an e-mail. Both databases store it whole (a column holds 255). */
export const TEXT_LENGTH = 200
/** Characters of a free text (a group's or an event's description), marked with `@LongText()`. */
export const LONG_TEXT_LENGTH = 4_000

/** Marks a text argument or input field as free text: up to LONG_TEXT_LENGTH characters, line breaks allowed. */
export const LongText = () => Extensions({ maxLength: LONG_TEXT_LENGTH })

/** Marks a text as a file's content (a class list): up to `characters`, line breaks and tabs allowed. */
export const FileText = (characters: number) => Extensions({ maxLength: characters })

// Control characters: NUL breaks PostgreSQL's text, and none belongs in a name. Free text keeps tabs and line breaks.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/
// eslint-disable-next-line no-control-regex -- as above
const CONTROL_IN_FREE_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/

// Read by shape, not by graphql's isListType & co.: type-graphql loads graphql's CommonJS build and this
// module may get its ES build, whose class checks refuse each other's types ("another module or realm").
type Wrapper = { ofType: GraphQLInputType }
type Limits = { extensions?: { maxLength?: number } }
const isNonNull = (type: GraphQLInputType): type is GraphQLInputType & Wrapper => 'ofType' in type && String(type).endsWith('!')
const isList = (type: GraphQLInputType): type is GraphQLInputType & Wrapper => 'ofType' in type && String(type).startsWith('[')
const named = (type: GraphQLInputType): GraphQLInputType => ('ofType' in type ? named((type as unknown as Wrapper).ofType) : type)
const inputFields = (type: GraphQLInputType) =>
  'getFields' in type && !('resolveType' in type) && !('isTypeOf' in type)
    ? (type as { getFields(): Record<string, { type: GraphQLInputType } & Limits> }).getFields()
    : null

function textIssue(field: string, text: string, maxLength: number | undefined): FieldIssue | null {
  const limit = maxLength ?? TEXT_LENGTH
  if ([...text].length > limit) return fieldIssue(field, 'too_long', { max: limit, got: [...text].length })
  // A free text may break lines; a name may not, and neither holds other control characters.
  if ((maxLength ? CONTROL_IN_FREE_TEXT : CONTROL).test(text)) return fieldIssue(field, 'control_characters')
  return null
}

/**
 * Problems with one argument's value (`field` names where: `groupId`, `ranking[2]`, `occurrences[0].venue`):
 * ids that are no database key, texts too long or with control characters.
 */
function issuesIn(type: GraphQLInputType, value: unknown, field: string, maxLength: number | undefined): FieldIssue[] {
  if (value === null || value === undefined) return []
  if (isNonNull(type)) return issuesIn(type.ofType, value, field, maxLength)
  if (isList(type)) return Array.isArray(value) ? value.flatMap((item, i) => issuesIn(type.ofType, item, `${field}[${i}]`, maxLength)) : []
  if (String(type) === 'ID') {
    const text = String(value)
    return ID.test(text) && Number(text) <= MAX_ID ? [] : [fieldIssue(field, 'id', { got: text.slice(0, 40) })]
  }
  if (String(type) === 'String' && typeof value === 'string') {
    const issue = textIssue(field, value, maxLength)
    return issue ? [issue] : []
  }
  const fields = inputFields(type)
  if (fields && typeof value === 'object') {
    return Object.entries(fields).flatMap(([name, definition]) =>
      issuesIn(definition.type, (value as Record<string, unknown>)[name], field ? `${field}.${name}` : name, definition.extensions?.maxLength),
    )
  }
  return []
}

/**
 * Every input an operation is given is checked before any resolver runs, so that both databases store
 * the same and neither answers `internal`: `hobbyGroup(id: "abc")` or a 100 kB name is `input/invalid`
 * naming the field. An input object's fields are named as the services name them (`ranking[0]`, not
 * `input.ranking[0]`). Called by graphql/guardFields for each field that takes arguments.
 */
export function checkInput(field: { args: readonly ({ name: string; type: GraphQLInputType } & Limits)[] }, args: Record<string, unknown>): void {
  const issues = field.args.flatMap((arg) => issuesIn(arg.type, args[arg.name], inputFields(named(arg.type)) ? '' : arg.name, arg.extensions?.maxLength))
  if (issues.length > 0) throw ApiError.invalid(issues)
}
