import type { ApolloServerPlugin } from '@apollo/server'
import { GraphQLError } from 'graphql'
import { fieldExtensionsEstimator, getComplexity, type ComplexityEstimator } from 'graphql-query-complexity'

/**
 * How many items a list field is assumed to hold when costing a query. A guess for a city's larger
 * lists (a club's groups, a class's pupils); the cost only has to rank requests, not predict them.
 */
export const LIST_SIZE = 5

/** The most one operation may cost: four times the web app's costliest page (the guardian's home, ~2,400). */
export const MAX_COST = 10_000

/** The `complexity` of a field that may run at most once per operation (a password check): two exceed the limit. */
export const ONCE_PER_OPERATION = MAX_COST / 2 + 1

/** The `complexity` of a field that computes over a whole area or cohort: a few fit in one operation. */
export const AREA_WIDE = 1_000

/**
 * A field costs 1, plus its selection; a list costs its selection `LIST_SIZE` times. Fields whose work
 * is not in their selection (indicators computed over a whole area) say their own cost with
 * type-graphql's `complexity`, which the first estimator reads.
 */
const estimators: ComplexityEstimator[] = [
  fieldExtensionsEstimator(),
  ({ field, childComplexity }) => {
    // The type's printed form, not graphql's isListType: the schema may come from another copy of graphql.
    const list = String(field.type).replace(/!$/, '').startsWith('[')
    return 1 + (list ? LIST_SIZE : 1) * childComplexity
  },
]

/** The cost of one operation, as the limit counts it. */
export function operationCost(...[options]: Parameters<typeof getComplexity>): number {
  return getComplexity({ ...options, estimators })
}

/**
 * Refuses, with 400 and before anything runs, an operation that costs more than `limit`: nested lists
 * multiply (every group's every session's every clash…), and a few heavy fields add up.
 */
export function maxCost(limit: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let cost: number
          try {
            cost = getComplexity({ schema, query: document, variables: request.variables ?? {}, operationName: request.operationName, estimators })
          } catch {
            return // Variables that do not fit their types: execution refuses the request before any resolver runs.
          }
          if (cost > limit) {
            throw new GraphQLError(`The query is too costly: ${cost}, at most ${limit}. Ask for fewer lists, or fewer fields in nested lists.`, {
              extensions: { code: 'BAD_REQUEST', cost, limit, http: { status: 400 } },
            })
          }
        },
      }
    },
  }
}
