import type { GraphQLFormattedError } from 'graphql'
import { ERROR_CODES } from './ApiError.js'
import { coercionIssue } from './coercionIssue.js'

/** Apollo's own codes for a malformed request: the client's fault, safe to show. */
const REQUEST_ERRORS = ['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE']

/**
 * Refusals with a stable code and malformed requests reach the client as they are, a variable graphql-js
 * could not read as `input/invalid` naming its field; anything else is a fault of ours, logged here and
 * shown only as `internal` (no SQL, paths or stack traces leak).
 */
export function maskUnexpected(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code
  if (code === 'BAD_USER_INPUT') {
    const issue = coercionIssue(formatted.message)
    if (issue) return { message: `${issue.field}: ${issue.message}`, extensions: { code: 'input/invalid', issues: [issue] } }
  }
  if (typeof code === 'string' && ((ERROR_CODES as readonly string[]).includes(code) || REQUEST_ERRORS.includes(code))) return formatted
  console.error('mukana-api: unexpected error', error)
  return { message: 'Something went wrong on our side.', path: formatted.path, extensions: { code: 'internal' } }
}
