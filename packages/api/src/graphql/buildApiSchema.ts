import { buildSchema } from 'type-graphql'
import type { GraphQLSchema } from 'graphql'
import { RESOLVERS } from '../modules/index.js'
import { authChecker } from './authChecker.js'
import { checkInput } from './checkInput.js'
import { rootFields } from './rootFields.js'

/** The GraphQL schema; `emitTo` writes it as SDL (the committed `schema.graphql`, the contract with the web app). */
export function buildApiSchema(emitTo?: string): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS as unknown as [Function, ...Function[]], // eslint-disable-line @typescript-eslint/no-unsafe-function-type -- type-graphql takes resolver classes
    authChecker,
    // Outermost first: the root fields' refusals of the input check are located too, and not audited.
    globalMiddlewares: [rootFields, checkInput],
    validate: false, // inputs are validated by the services, which name the field at fault
    emitSchemaFile: emitTo ? { path: emitTo, sortedSchema: true } : false,
  })
}
