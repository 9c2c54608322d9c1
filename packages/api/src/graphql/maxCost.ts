import type { ApolloServerPlugin } from '@apollo/server'
import { BREAK, GraphQLError, visit, type DocumentNode, type GraphQLField, type GraphQLSchema } from 'graphql'
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

/** Whether some field's `complexity` is a function of its arguments (then a cost depends on the variables). */
function costsByArguments(schema: GraphQLSchema): boolean {
  // Read by shape, not graphql's isObjectType: the schema may come from another copy of graphql.
  return Object.values(schema.getTypeMap()).some(
    (type) =>
      'getFields' in type &&
      Object.values(type.getFields() as Record<string, Partial<GraphQLField<unknown, unknown>>>).some(
        (field) => typeof field.extensions?.complexity === 'function',
      ),
  )
}

/** Whether a document's @skip or @include (or any directive) reads a variable. */
function directivesReadVariables(document: DocumentNode): boolean {
  let reads = false
  visit(document, {
    Directive(directive) {
      visit(directive, {
        Variable() {
          reads = true
          return BREAK
        },
      })
      return reads ? BREAK : undefined
    },
  })
  return reads
}

/**
 * Refuses, with 400 and before anything runs, an operation that costs more than `limit`: nested lists
 * multiply (every group's every session's every clash…), and a few heavy fields add up.
 *
 * A cost is worked out once per parsed document (Apollo keeps one per query text) and operation when
 * no variable can change it: a rush asks the same mutation a thousand times, and costing it afresh
 * was 4 % of each enrolment's CPU.
 */
export function maxCost(limit: number): ApolloServerPlugin {
  const known = new WeakMap<DocumentNode, Map<string, number> | null>()
  const byArguments = new WeakMap<GraphQLSchema, boolean>()
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          if (!byArguments.has(schema)) byArguments.set(schema, costsByArguments(schema))
          let costs = known.get(document)
          if (costs === undefined) {
            costs = byArguments.get(schema) || directivesReadVariables(document) ? null : new Map()
            known.set(document, costs)
          }
          const operation = request.operationName ?? ''
          let cost = costs?.get(operation)
          if (cost === undefined) {
            try {
              cost = getComplexity({ schema, query: document, variables: request.variables ?? {}, operationName: request.operationName, estimators })
            } catch {
              return // Variables that do not fit their types: execution refuses the request before any resolver runs.
            }
            costs?.set(operation, cost)
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
