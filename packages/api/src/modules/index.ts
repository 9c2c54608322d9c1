/**
 * The domain modules, merged: the ORM gets every module's entities, the schema every module's
 * resolvers, and each request every module's loaders. A new module is added here, and only here.
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

/** Every module's loaders for one request. */
export function createLoaders(em: EntityManager): Loaders {
  return Object.assign({}, ...MODULES.map((module) => module.createLoaders(em))) as Loaders
}
