/**
 * The domain modules, merged: the ORM gets every module's entities, the schema every module's
 * resolvers, each request every module's loaders, and each process the loaders its requests share. A new module is added here, and only here.
 */
import type { EntityManager } from '@mikro-orm/core'
import { cultureModule } from './culture/index.js'
import { hobbyModule } from './hobby/index.js'
import { peopleModule } from './people/index.js'
import { ErrorCodeResolver } from '../graphql/errorCode.resolver.js'
import { FieldRuleResolver } from '../graphql/fieldRule.resolver.js'
import { auditModule } from '../audit/index.js'
import { messagesModule } from '../messages/index.js'

/** The domain modules, and the platform's audit trail and messages, which are shaped like them. */
export const MODULES = [peopleModule, hobbyModule, cultureModule, auditModule, messagesModule] as const

export const ENTITIES = MODULES.flatMap((module) => module.entities)

/** Every module's background jobs. */
export const MODULE_JOBS = MODULES.flatMap((module) => module.jobs ?? [])

/** Every module's resolvers, and the platform's own (the error codes). */
export const RESOLVERS = [...MODULES.flatMap((module) => module.resolvers), ErrorCodeResolver, FieldRuleResolver]

export type Loaders = ReturnType<typeof peopleModule.createLoaders> &
  ReturnType<typeof hobbyModule.createLoaders> &
  ReturnType<typeof cultureModule.createLoaders>

export type SharedLoaders = ReturnType<NonNullable<typeof peopleModule.createSharedLoaders>> &
  ReturnType<NonNullable<typeof hobbyModule.createSharedLoaders>> &
  ReturnType<NonNullable<typeof auditModule.createSharedLoaders>>

/** Every module's loaders shared by one process's requests. */
export function createSharedLoaders(newEm: () => EntityManager): SharedLoaders {
  return Object.assign({}, ...MODULES.map((module) => module.createSharedLoaders?.(newEm) ?? {})) as SharedLoaders
}

/**
 * Every module's loaders for one request, made when one is first asked for: a rush's enrolment, and
 * many a mutation, never load through them. (A proxy, not a getter on the context: Apollo copies the
 * context's own properties, which would call the getter every time.)
 */
export function createLoaders(em: EntityManager): Loaders {
  let loaders: Loaders | undefined
  return new Proxy({} as Loaders, {
    get: (_, name) => (loaders ??= Object.assign({}, ...MODULES.map((module) => module.createLoaders(em))) as Loaders)[name as keyof Loaders],
  })
}
