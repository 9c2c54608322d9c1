import { buildSchema } from 'type-graphql'
import type { GraphQLSchema } from 'graphql'
import { RESOLVERS } from '../modules/index.js'
import { authChecker } from './authChecker.js'
import { checkInput } from './checkInput.js'
import { locateRefusals } from './locateRefusals.js'
import { auditTrail } from '../audit/index.js'

/** The GraphQL schema; `emitTo` writes it as SDL (the committed `schema.graphql`, the contract with the web app). */
export function buildApiSchema(emitTo?: string): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS as unknown as [Function, ...Function[]], // eslint-disable-line @typescript-eslint/no-unsafe-function-type -- type-graphql takes resolver classes
    authChecker,
    // Outermost first: locateRefusals sees the refusals of the input check too.
    globalMiddlewares: [locateRefusals, checkInput, auditTrail],
    validate: false, // inputs are validated by the services, which name the field at fault
    emitSchemaFile: emitTo ? { path: emitTo, sortedSchema: true } : false,
  })
}
