import type { CombinedError } from '@urql/core'

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
  const key = `errors.${code.replace('/', '_')}`
  const issues = first.extensions?.issues as { field: string; message: string }[] | undefined
  if (code === 'input/invalid' && issues) return `${t(key)} ${issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ')}`
  return te(key) ? t(key) : first.message
}
