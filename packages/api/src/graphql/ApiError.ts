import { GraphQLError } from 'graphql'
import type { FieldIssue } from './fieldIssue.js'

export type { FieldIssue } from './fieldIssue.js'

/**
 * Stable error codes: the web app translates them, so they never change meaning. A code names the
 * domain and the refusal, `domain/what`.
 */
export const ERROR_CODES = [
  'auth/unauthenticated',
  'auth/invalid_credentials',
  'auth/too_many_attempts',
  'auth/link_invalid',
  'auth/strong_identification_required',
  'auth/forbidden',
  'input/invalid',
  'not_found',
  'enrolment/group_full',
  'enrolment/already_enrolled',
  'enrolment/not_eligible',
  'enrolment/not_enrolled',
  'enrolment/adult_places_full',
  'enrolment/not_family_group',
  'survey/not_open',
  'survey/closed',
  'survey/still_open',
  'survey/not_for_pupil',
  'survey/invalid_code',
  'matchRun/already_published',
  'matchRun/seats_gone',
  'offer/not_open',
  'offer/expired',
  'schedule/conflict',
  'godchild/not_eligible',
  'godchild/already_registered',
  'godchild/not_registered',
  'track/full',
  'track/none',
  'event/not_invited',
  'event/yearly_limit',
  'event/one_per_group',
  'occurrence/full',
  'occurrence/not_full',
  'occurrence/past',
  'eventEnrolment/already_enrolled',
  'eventEnrolment/already_cancelled',
  'eventEnrolment/too_late_to_cancel',
  'ticket/invalid',
  'ticket/already_checked_in',
  'ticket/wrong_day',
  'message/in_progress',
  'message/link_invalid',
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

/** A refusal the client can act on: a stable code, a message, and for bad input the fields at fault. */
export class ApiError extends GraphQLError {
  constructor(code: ErrorCode, message: string, issues?: FieldIssue[]) {
    // A refusal is an answer, not a fault: no stack trace is collected (nor, by locateRefusal, by the
    // error GraphQL wraps it in); under source maps, formatting one cost more than the refusal itself.
    const depth = Error.stackTraceLimit
    Error.stackTraceLimit = 0
    try {
      super(message, { extensions: { code, ...(issues ? { issues } : {}) } })
    } finally {
      Error.stackTraceLimit = depth
    }
    Object.defineProperty(this, 'stack', { value: `${this.name}: ${message}`, writable: true, configurable: true })
  }

  /** `input/invalid`, naming every field at fault. */
  static invalid(issues: FieldIssue[]): ApiError {
    return new ApiError('input/invalid', issues.map((issue) => `${issue.field}: ${issue.message}`).join('; '), issues)
  }
}

/** `enrolment/group_full` as a GraphQL enum name: `ENROLMENT_GROUP_FULL`. */
export function errorCodeName(code: ErrorCode): string {
  return code
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .replace('/', '_')
    .toUpperCase()
}
