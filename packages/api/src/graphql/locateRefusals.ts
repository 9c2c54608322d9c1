import { createRequire } from 'node:module'
import type { locatedError as LocatedError, responsePathAsArray as ResponsePathAsArray } from 'graphql'
import type { MiddlewareFn } from 'type-graphql'
import { ApiError } from './ApiError.js'
import type { Context } from './context.js'

// The build of graphql that executes operations (type-graphql's and Apollo's, loaded by `require`): an
// error located by another build would fail Apollo's `instanceof` and lose its path.
const { locatedError, responsePathAsArray } = createRequire(import.meta.url)('graphql') as {
  locatedError: typeof LocatedError
  responsePathAsArray: typeof ResponsePathAsArray
}

/**
 * A refusal from an operation's root field, located at that field as graphql-js would locate it, but
 * without the stack trace its wrapper collects and formats (a few per cent of a rush of "group full").
 * Other fields' errors are left to graphql-js.
 */
export const locateRefusals: MiddlewareFn<Context> = async ({ info }, next) => {
  if (info.path.prev !== undefined) return next()
  try {
    return await next()
  } catch (error) {
    if (!(error instanceof ApiError)) throw error
    const depth = Error.stackTraceLimit
    Error.stackTraceLimit = 0
    try {
      throw locatedError(error, info.fieldNodes, responsePathAsArray(info.path))
    } finally {
      Error.stackTraceLimit = depth
    }
  }
}
