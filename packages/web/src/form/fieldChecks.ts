import * as z from 'zod/mini'
import type { FieldIssue } from '../i18n/errorMessage'

/**
 * Terminology: a *field check* is a zod schema for one form field, as the form holds it (text from an
 * input). A failed check names the same rule as the API would (`range`, `email`), with the same params,
 * so that one translation serves both and the browser says it before the form is sent.
 */
type Limit = { min: number; max: number }
type Rule = FieldIssue['rule']
type Params = FieldIssue['params']

// The rule travels as the issue's message, its params beside it (zod's custom issue carries both).
function fails<T>(test: (value: T) => { rule: Rule; params?: Params } | null) {
  return z.superRefine<T>((value, ctx) => {
    const failure = test(value)
    if (failure) ctx.addIssue({ code: 'custom', message: failure.rule, params: failure.params, input: value })
  })
}

const WHOLE = /^-?\d+$/
// The API's own pattern is stricter; this catches what a person mistypes.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const CLOCK = /^([01]\d|2[0-3])[:.]([0-5]\d)$/

/** Text that must not be empty (spaces alone count as empty). */
export const requiredText = () => z.string().check(fails((v: string) => (v.trim() === '' ? { rule: 'required' } : null)))

/** Text of `min`–`max` characters once trimmed. */
export const textOfLength = (limit: Limit | undefined) =>
  z.string().check(
    fails((v: string) => {
      const length = [...v.trim()].length
      if (length === 0) return { rule: 'required' }
      return limit && length > limit.max ? { rule: 'length', params: { min: limit.min, max: limit.max } } : null
    }),
  )

/** A whole number typed into a text field, within the limit (when the limits have loaded; the API checks anyway). */
export const wholeNumberIn = (limit: Limit | undefined, { optional = false } = {}) =>
  z.string().check(
    fails((v: string) => {
      const text = v.trim()
      if (text === '') return optional ? null : { rule: 'required' }
      if (!WHOLE.test(text)) return { rule: 'number' }
      const n = Number(text)
      return limit && (n < limit.min || n > limit.max) ? { rule: 'range', params: { min: limit.min, max: limit.max } } : null
    }),
  )

/** Whole numbers separated by commas or spaces (`3, 4`), at least one, each within the limit. */
export const wholeNumbersIn = (limit: Limit | undefined) =>
  z.string().check(
    fails((v: string) => {
      const parts = v.split(/[\s,]+/).filter(Boolean)
      if (parts.length === 0) return { rule: 'required' }
      if (!parts.every((part) => WHOLE.test(part))) return { rule: 'number' }
      const outside = limit && parts.map(Number).some((n) => n < limit.min || n > limit.max)
      return outside ? { rule: 'range', params: { min: limit.min, max: limit.max } } : null
    }),
  )

/** An e-mail address; empty passes when the field is optional. */
export const emailAddress = ({ optional = false } = {}) =>
  z.string().check(
    fails((v: string) => {
      const text = v.trim()
      if (text === '') return optional ? null : { rule: 'required' }
      return EMAIL.test(text) ? null : { rule: 'email' }
    }),
  )

/** A clock time, `14:15` or `14.15`. */
export const clockTime = () => z.string().check(fails((v: string) => (CLOCK.test(v.trim()) ? null : { rule: 'time' })))

/** Text matching a pattern, shown to the user by an example (`2026-autumn`). */
export const textLike = (pattern: RegExp, example: string) =>
  z.string().check(fails((v: string) => (pattern.test(v.trim()) ? null : { rule: 'format', params: { example } })))

/** A school year as the API takes it: `2026-2027`. */
export const schoolYearText = () => textLike(/^\d{4}-\d{4}$/, '2026-2027')

/** A check across fields: `later` must come after `earlier` (a session's end, a survey's closing). */
export const laterThan = <T>(earlier: (value: T) => string, later: (value: T) => string, path: (string | number)[]) =>
  z.superRefine<T>((value, ctx) => {
    const [a, b] = [earlier(value), later(value)]
    if (a && b && !(b > a)) ctx.addIssue({ code: 'custom', message: 'after', path, input: value })
  })

/** A zod issue's path as the API names fields: `sessions[1].end`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, part) => (typeof part === 'number' ? `${name}[${part}]` : name ? `${name}.${String(part)}` : String(part)), '')
}

/** The field issues of a failed check, in the API's shape. */
export function issuesOf(error: z.core.$ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    field: fieldPath(issue.path),
    rule: issue.message as Rule,
    ...('params' in issue && issue.params ? { params: issue.params as Params } : {}),
  }))
}

export { z }
