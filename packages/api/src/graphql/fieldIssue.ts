/**
 * Terminology: a *field issue* is one thing wrong with one field of an input. Its *rule* is a stable code
 * (`range`, `email`, …) with *params* (`{ min: 1, max: 500 }`), so that the web app says it in the user's
 * language next to the field; `message` is the same in English for other clients.
 */
export const FIELD_RULES = [
  'required',
  'length',
  'too_long',
  'control_characters',
  'range',
  'id',
  'number',
  'format',
  'email',
  'phone',
  'web_address',
  'time',
  'date',
  'language',
  'one_of',
  'exists',
  'unknown',
  'duplicate',
  'after',
  'future',
  'not_future',
  'not_allowed',
  'below_taken',
  'too_many',
  'total',
  'consent',
  'needs_phone',
  'invalid',
] as const
export type FieldRule = (typeof FIELD_RULES)[number]

/** Values a rule's sentence names: limits, an example of the format, the value given. */
export type FieldParams = Partial<Record<'min' | 'max' | 'example' | 'values' | 'got' | 'taken', string | number>>

/** One problem with an input: the field (a path like `sessions[1].end`), the rule it breaks, and that in English. */
export interface FieldIssue {
  field: string
  rule: FieldRule
  params?: FieldParams
  message: string
}

const got = (p: FieldParams) => (p.got === undefined ? '' : `, got ${typeof p.got === 'string' ? `"${p.got}"` : p.got}`)

const ENGLISH: Record<FieldRule, (p: FieldParams) => string> = {
  required: () => 'must not be empty',
  length: (p) => `must be ${p.min ?? 1}–${p.max} characters`,
  too_long: (p) => `must be at most ${p.max} characters${got(p)}`,
  control_characters: () => 'must not contain control characters (a name is one line)',
  range: (p) => `must be ${p.min}–${p.max}${got(p)}`,
  id: (p) => `must be an id (a whole number)${got(p)}`,
  number: (p) => `must be a number${got(p)}`,
  format: (p) => `must be like "${p.example}"${got(p)}`,
  email: (p) => `must be an e-mail address${got(p)}`,
  phone: (p) => `must be a phone number${got(p)}`,
  web_address: (p) => `must be a web address starting with https://${got(p)}`,
  time: (p) => `must be a time "HH:MM"${got(p)}`,
  date: (p) => `must be a date YYYY-MM-DD${got(p)}`,
  language: (p) => `must be a language code like "fi" or "so"${got(p)}`,
  one_of: (p) => (p.values ? `must be one of ${p.values}${got(p)}` : 'must be one of the choices'),
  exists: (p) => `${p.got ?? 'this'} exists already`,
  unknown: (p) => `no such one${got(p)}`,
  duplicate: (p) => `${p.got ?? 'this'} is given twice`,
  after: (p) => `must be after the start${p.got === undefined ? '' : ` (${p.got})`}`,
  future: () => 'must be in the future',
  not_future: () => 'cannot be in the future',
  not_allowed: () => 'is not allowed here',
  below_taken: (p) => `must be at least the ${p.taken} seats already taken`,
  too_many: (p) => `at most ${p.max}${got(p)}`,
  total: (p) => `the shares add up to ${p.got} %, more than ${p.max} %`,
  consent: () => "the guardian's consent is needed",
  invalid: () => 'is not a value this field takes',
  needs_phone: () => 'text messages need a mobile number: ask the school to add it to the class list',
}

/** A field issue, its English message written from the rule. */
export function fieldIssue(field: string, rule: FieldRule, params?: FieldParams): FieldIssue {
  return { field, rule, ...(params ? { params } : {}), message: ENGLISH[rule](params ?? {}) }
}
