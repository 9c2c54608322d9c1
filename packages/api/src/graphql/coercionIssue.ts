import { fieldIssue, type FieldIssue } from './fieldIssue.js'

// graphql-js words a variable it cannot coerce as `Variable "$input" got invalid value … at "input.capacity"; <why>`.
const INVALID_VALUE = /^Variable "\$(\w+)" got invalid value .*?(?: at "([^"]+)")?; ([^]*)$/
const NOT_PROVIDED = /^Field "(\w+)" of required type "[^"]+" was not provided/
const NULL_VARIABLE = /^Variable "\$(\w+)" of non-null type "[^"]+" must not be null/

/** `input.sessions[0].end` → `sessions[0].end`: an input object's fields are named as the services name them. */
function fieldOf(variable: string, path: string | undefined): string {
  if (!path) return variable
  const rest = path.slice(variable.length).replace(/^\./, '')
  return rest === '' ? variable : rest
}

/**
 * graphql-js's own refusal of a variable (a number that is none, a missing field) as a field issue, so that
 * it reaches the web app as `input/invalid` at its field like the services' own: null for any other error.
 */
export function coercionIssue(message: string): FieldIssue | null {
  const nullVariable = NULL_VARIABLE.exec(message)
  if (nullVariable) return fieldIssue(nullVariable[1]!, 'required')
  const invalid = INVALID_VALUE.exec(message)
  if (!invalid) return null
  const [, variable, path, why] = invalid as unknown as [string, string, string | undefined, string]
  const field = fieldOf(variable, path)
  const notProvided = NOT_PROVIDED.exec(why)
  if (notProvided) return fieldIssue(field === variable ? notProvided[1]! : `${field}.${notProvided[1]}`, 'required')
  if (why.startsWith('Expected non-nullable type')) return fieldIssue(field, 'required')
  if (/^(Int|Float) cannot represent/.test(why)) return fieldIssue(field, 'number')
  if (/does not exist in "\w+" enum/.test(why)) return fieldIssue(field, 'one_of')
  return fieldIssue(field, 'invalid')
}
