import type { GraphQLFieldResolver } from 'graphql'
import { auditTrail } from '../audit/index.js'
import { ApiError } from './ApiError.js'
import { checkInput } from './checkInput.js'
import type { Context } from './context.js'
import { locateRefusal } from './locateRefusal.js'

type Field = Parameters<typeof checkInput>[0]

/**
 * What an operation's root fields go through, outermost first: their refusals located without a stack
 * trace (locateRefusal), the audit trail, the input check; then the field's own resolver (with
 * `@Authorized`'s check). The input check's refusals are located too, and not audited.
 */
export function rootField(field: Field, resolve: GraphQLFieldResolver<unknown, Context>): GraphQLFieldResolver<unknown, Context> {
  return async (root, args, context, info) => {
    try {
      checkInput(field, args)
      return await auditTrail({ root, args, context, info }, async () => resolve(root, args, context, info))
    } catch (error) {
      throw error instanceof ApiError ? locateRefusal(error, info) : error
    }
  }
}
