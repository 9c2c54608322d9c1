import type { GraphQLInputType } from 'graphql'
import type { MiddlewareFn } from 'type-graphql'
import { ApiError, type FieldIssue } from './ApiError.js'
import type { Context } from './context.js'

/** Ids are database keys: whole numbers from 1 to PostgreSQL's integer maximum. */
const ID = /^[1-9][0-9]{0,9}$/
const MAX_ID = 2_147_483_647

// Read by shape, not by graphql's isListType & co.: type-graphql loads graphql's CommonJS build and this
// module may get its ES build, whose class checks refuse each other's types ("another module or realm").
type Wrapper = { ofType: GraphQLInputType }
const isNonNull = (type: GraphQLInputType): type is GraphQLInputType & Wrapper => 'ofType' in type && String(type).endsWith('!')
const isList = (type: GraphQLInputType): type is GraphQLInputType & Wrapper => 'ofType' in type && String(type).startsWith('[')
const named = (type: GraphQLInputType): GraphQLInputType => ('ofType' in type ? named((type as unknown as Wrapper).ofType) : type)
const inputFields = (type: GraphQLInputType) =>
  'getFields' in type && !('resolveType' in type) && !('isTypeOf' in type)
    ? (type as { getFields(): Record<string, { type: GraphQLInputType }> }).getFields()
    : null

/** Problems with the ids in one argument's value (`field` names where: `groupId`, `ranking[2]`, `occurrences[0].id`). */
function idIssues(type: GraphQLInputType, value: unknown, field: string): FieldIssue[] {
  if (value === null || value === undefined) return []
  if (isNonNull(type)) return idIssues(type.ofType, value, field)
  if (isList(type)) return Array.isArray(value) ? value.flatMap((item, i) => idIssues(type.ofType, item, `${field}[${i}]`)) : []
  if (String(type) === 'ID') {
    const text = String(value)
    return ID.test(text) && Number(text) <= MAX_ID ? [] : [{ field, message: `must be an id (a whole number), got "${text.slice(0, 40)}"` }]
  }
  const fields = inputFields(type)
  if (fields && typeof value === 'object') {
    return Object.keys(fields).flatMap((name) => idIssues(fields[name]!.type, (value as Record<string, unknown>)[name], field ? `${field}.${name}` : name))
  }
  return []
}

/**
 * Every id an operation is given is checked before any resolver runs: `hobbyGroup(id: "abc")` is
 * `input/invalid` naming `id`, never a database error. An input object's fields are named as the services
 * name them (`ranking[0]`, not `input.ranking[0]`).
 */
export const checkIds: MiddlewareFn<Context> = ({ args, info }, next) => {
  const definition = info.parentType.getFields()[info.fieldName]
  if (!definition || definition.args.length === 0) return next()
  const issues = definition.args.flatMap((arg) => idIssues(arg.type, args[arg.name], inputFields(named(arg.type)) ? '' : arg.name))
  if (issues.length > 0) throw ApiError.invalid(issues)
  return next()
}
