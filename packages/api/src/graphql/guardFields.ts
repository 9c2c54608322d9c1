import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql'
import { checkInput } from './checkInput.js'
import type { Context } from './context.js'
import { rootField } from './rootField.js'

/**
 * Puts the API's own checks around the schema's resolvers, once, as the schema is built: each root
 * field (an operation's query or mutation) gets rootField's (input, audit trail, located refusals),
 * each other field that takes arguments the input check, and every other field (an `id`, a `name`)
 * nothing. Why not type-graphql's global middlewares: they ran around every field of every answer,
 * each level an async function, so that a list of 450 groups resolved thousands of promises for
 * properties it could have read directly.
 */
export function guardFields(schema: GraphQLSchema): GraphQLSchema {
  const roots = new Set<unknown>([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(Boolean))
  for (const type of Object.values(schema.getTypeMap())) {
    // Object types only, read by shape (see checkInput): input objects have no interfaces, interfaces resolve their type.
    if (type.name.startsWith('__') || !('getInterfaces' in type) || 'resolveType' in type) continue
    for (const field of Object.values(type.getFields())) {
      const resolve = (field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, Context>
      if (roots.has(type)) field.resolve = rootField(field, resolve)
      else if (field.args.length > 0)
        field.resolve = (root, args: Record<string, unknown>, context, info) => {
          checkInput(field, args)
          return resolve(root, args, context, info)
        }
    }
  }
  return schema
}
