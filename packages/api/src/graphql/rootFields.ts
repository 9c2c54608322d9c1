import type { MiddlewareFn } from 'type-graphql'
import { auditTrail } from '../audit/index.js'
import { ApiError } from './ApiError.js'
import type { Context } from './context.js'
import { locateRefusal } from './locateRefusal.js'

/**
 * What an operation's root fields go through: the audit trail, and their refusals located without a
 * stack trace (locateRefusal). One global middleware for both: each level of type-graphql's
 * middlewares costs every field of every answer a few promises. Other fields pass straight on.
 */
export const rootFields: MiddlewareFn<Context> = async (data, next) => {
  if (data.info.path.prev !== undefined) return next()
  try {
    return await auditTrail(data, next)
  } catch (error) {
    throw error instanceof ApiError ? locateRefusal(error, data.info) : error
  }
}
