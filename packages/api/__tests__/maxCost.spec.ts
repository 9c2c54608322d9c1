/** The query cost limit: every operation the web app sends fits well under it; costly shapes do not. */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse, type DefinitionNode, type DocumentNode, type GraphQLNamedType, type GraphQLSchema, type TypeNode } from 'graphql'
import { Arg, buildSchema, Int, Query, Resolver } from 'type-graphql'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildApiSchema } from '@mukana/api'
import { MAX_COST, maxCost, ONCE_PER_OPERATION, operationCost } from '../src/graphql/maxCost'

const WEB_OPERATIONS = join(import.meta.dirname, '..', '..', 'web', 'src', 'graphql')

const SCALAR_VALUES: unknown[] = [1, true, '2026-12-01T12:00:00.000Z', '2026-12-01', '16:00', 'x']

/** A value of the given type, for costing an operation (its variables must fit their types; their values do not matter). */
function sample(schema: GraphQLSchema, type: TypeNode | GraphQLNamedType): unknown {
  if ('kind' in type && type.kind === 'NonNullType') return sample(schema, type.type)
  if ('kind' in type && type.kind === 'ListType') return [sample(schema, type.type)]
  const named = 'kind' in type && type.kind === 'NamedType' ? schema.getType(type.name.value)! : (type as GraphQLNamedType)
  if ('getValues' in named) return named.getValues()[0]!.name
  if ('getFields' in named && !('getInterfaces' in named)) {
    return Object.fromEntries(Object.values(named.getFields()).map((field) => [field.name, sampleOf(schema, String(field.type))]))
  }
  // A scalar: the first candidate it accepts.
  const scalar = named as unknown as { parseValue(value: unknown): unknown }
  return SCALAR_VALUES.find((value) => {
    try {
      scalar.parseValue(value)
      return true
    } catch {
      return false
    }
  })
}

/** The same for a type's printed form (`[Int!]!`), as input fields give it. */
function sampleOf(schema: GraphQLSchema, printed: string): unknown {
  return sample(
    schema,
    parse(`query ($v: ${printed}) { __typename }`).definitions.flatMap((d) => ('variableDefinitions' in d ? (d.variableDefinitions ?? []) : []))[0]!.type,
  )
}

describe('the cost of a query', () => {
  let schema: Awaited<ReturnType<typeof buildApiSchema>>
  beforeAll(async () => {
    schema = await buildApiSchema()
  })
  const cost = (query: DocumentNode, variables: Record<string, unknown>) => operationCost({ schema, query, variables, estimators: [] })

  it('leaves every operation of the web app at most a quarter of the limit (besides one password check, half of it by design)', () => {
    const files = readdirSync(WEB_OPERATIONS).filter((file) => file.endsWith('.graphql'))
    const definitions = files.flatMap((file) => parse(readFileSync(join(WEB_OPERATIONS, file), 'utf8')).definitions)
    const fragments = definitions.filter((d) => d.kind === 'FragmentDefinition')
    const costs = definitions
      .filter((d): d is Extract<DefinitionNode, { kind: 'OperationDefinition' }> => d.kind === 'OperationDefinition')
      .map((operation) => ({
        name: operation.name?.value,
        cost: cost(
          { kind: 'Document', definitions: [operation, ...fragments] } as DocumentNode,
          Object.fromEntries((operation.variableDefinitions ?? []).map((v) => [v.variable.name.value, sample(schema, v.type)])),
        ),
      }))
    console.log(costs.sort((a, b) => b.cost - a.cost).slice(0, 8))
    expect(costs.length).toBeGreaterThan(30)
    for (const { name, cost } of costs) expect(cost >= ONCE_PER_OPERATION ? cost - ONCE_PER_OPERATION : cost, name).toBeLessThanOrEqual(MAX_COST / 4)
  })
})

describe('maxCost', () => {
  /** The plugin's verdict on one request: the cost it refused, or null for let through. */
  async function refusedCost(plugin: ReturnType<typeof maxCost>, schema: GraphQLSchema, query: DocumentNode, variables: Record<string, unknown>) {
    const listener = await plugin.requestDidStart!({} as never)
    try {
      await listener!.didResolveOperation!({ request: { variables }, document: query, schema } as never)
      return null
    } catch (error) {
      return (error as { extensions: { cost: number } }).extensions.cost
    }
  }

  it("costs a document afresh for each request when a field's cost is a function of its arguments", async () => {
    // Built by type-graphql, as the API's schema is (with its copy of graphql).
    @Resolver()
    class ItemsResolver {
      @Query(() => Int, { complexity: ({ args }) => (args as { n: number }).n })
      items(@Arg('n', () => Int) n: number): number {
        return n
      }
    }
    const schema = await buildSchema({ resolvers: [ItemsResolver], authChecker: () => true })
    const plugin = maxCost(10)
    const query = parse('query ($n: Int) { items(n: $n) }')
    expect(await refusedCost(plugin, schema, query, { n: 1 })).toBeNull()
    expect(await refusedCost(plugin, schema, query, { n: 100 })).toBe(100)
    expect(await refusedCost(plugin, schema, query, { n: 2 })).toBeNull()
  })
})
