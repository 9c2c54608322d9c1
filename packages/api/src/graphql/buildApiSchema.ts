import { buildSchema } from 'type-graphql'
import type { GraphQLSchema } from 'graphql'
import { RESOLVERS } from '../modules/index.js'
import { authChecker } from './authChecker.js'
import { guardFields } from './guardFields.js'

/** The GraphQL schema; `emitTo` writes it as SDL (the committed `schema.graphql`, the contract with the web app). */
export async function buildApiSchema(emitTo?: string): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: RESOLVERS as unknown as [Function, ...Function[]], // eslint-disable-line @typescript-eslint/no-unsafe-function-type -- type-graphql takes resolver classes
    authChecker,
    validate: false, // inputs are validated by the services, which name the field at fault
    emitSchemaFile: emitTo ? { path: emitTo, sortedSchema: true } : false,
  })
  // The input check, the audit trail and located refusals, where they apply.
  return guardFields(schema)
}
