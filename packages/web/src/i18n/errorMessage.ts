import type { CombinedError } from '@urql/core'
import type { ErrorCode, FieldRule } from '../graphql/generated'

type Translate = (key: string, values?: Record<string, unknown>) => string
type Exists = (key: string) => boolean

/** One problem with one field, as the API's `input/invalid` names it and as the web app's own checks do. */
export interface FieldIssue {
  field: string
  rule: Lowercase<FieldRule>
  params?: Record<string, string | number>
}

/** The field issues of an `input/invalid` refusal; null for any other outcome. */
export function fieldIssuesOf(error: CombinedError | null | undefined): FieldIssue[] | null {
  const first = error?.graphQLErrors[0]
  if (first?.extensions?.code !== 'input/invalid') return null
  return (first.extensions.issues as FieldIssue[] | undefined) ?? []
}

/** What is wrong with a field, in the user's language. */
export function fieldProblem(issue: FieldIssue, t: Translate): string {
  return t(`rules.${issue.rule}`, issue.params ?? {})
}

/**
 * A refusal from the API as a sentence for people: the stable code translated (`errors.enrolment/group_full`),
 * with each field at fault and its problem for bad input; the server's own message when the code is new to this app.
 */
export function errorMessage(error: CombinedError | null | undefined, t: Translate, te: Exists): string | null {
  if (!error) return null
  if (error.networkError) return t('errors.network')
  const first = error.graphQLErrors[0]
  if (!first) return t('errors.unknown')
  const code = String(first.extensions?.code ?? '')
  const key = `errors.${errorKey(code)}`
  const issues = fieldIssuesOf(error)
  // A form that shows its fields names them (useFormErrors); here no label is known, and a field's
  // internal name (`occurrences[0].capacity`) would mean nothing to the reader.
  if (issues && issues.length > 0) return [t(key), ...new Set(issues.map((issue) => fieldProblem(issue, t)))].join(' ')
  return te(key) ? t(key) : first.message
}

/** The translation key of a refusal code: `eventEnrolment/already_enrolled` → `event_enrolment_already_enrolled`. */
export function errorKey(code: string): string {
  return code
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .replace('/', '_')
    .toLowerCase()
}

/** A sentence for every code of the schema's ErrorCode enum: a code added to the API fails the type check until translated. */
export type ErrorMessages = Record<Lowercase<ErrorCode>, string> & { network: string; unknown: string }

/** A sentence for every rule of the schema's FieldRule enum, likewise. */
export type RuleMessages = Record<Lowercase<FieldRule>, string>
