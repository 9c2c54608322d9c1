/** Writes packages/api/schema.graphql, the contract between the API and the web app (committed). */
import 'reflect-metadata'
import { join } from 'node:path'
import { buildApiSchema } from '../src/graphql/buildApiSchema.js'

await buildApiSchema(join(import.meta.dirname, '..', 'schema.graphql'))
console.log('wrote packages/api/schema.graphql')
