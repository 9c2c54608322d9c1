import { createRequire } from 'node:module'
import type { GraphQLError, GraphQLResolveInfo, locatedError as LocatedError, responsePathAsArray as ResponsePathAsArray } from 'graphql'
import type { ApiError } from './ApiError.js'

// The build of graphql that executes operations (type-graphql's and Apollo's, loaded by `require`): an
// error located by another build would fail Apollo's `instanceof` and lose its path.
const { locatedError, responsePathAsArray } = createRequire(import.meta.url)('graphql') as {
  locatedError: typeof LocatedError
  responsePathAsArray: typeof ResponsePathAsArray
}

/**
 * A refusal located at the field that gave it, as graphql-js would locate it, but without the stack
 * trace its wrapper collects and, under source maps, formats (a few per cent of a rush of "group full").
 */
export function locateRefusal(refusal: ApiError, info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'path'>): GraphQLError {
  const depth = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return locatedError(refusal, info.fieldNodes, responsePathAsArray(info.path))
  } finally {
    Error.stackTraceLimit = depth
  }
}
