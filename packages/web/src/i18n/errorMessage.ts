import type { CombinedError } from '@urql/core'
import type { ErrorCode } from '../graphql/generated'

type Translate = (key: string, values?: Record<string, unknown>) => string
type Exists = (key: string) => boolean

/**
 * A refusal from the API as a sentence for people: the stable code translated (`errors.enrolment/group_full`),
 * with the fields at fault for bad input; the server's own message when the code is new to this app.
 */
export function errorMessage(error: CombinedError | null | undefined, t: Translate, te: Exists): string | null {
  if (!error) return null
  if (error.networkError) return t('errors.network')
  const first = error.graphQLErrors[0]
  if (!first) return t('errors.unknown')
  const code = String(first.extensions?.code ?? '')
  const key = `errors.${errorKey(code)}`
  const issues = first.extensions?.issues as { field: string; message: string }[] | undefined
  if (code === 'input/invalid' && issues) return `${t(key)} ${issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ')}`
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
