import type { EntityManager, EntitySchema } from '@mikro-orm/core'
import type { PersonalDataPart } from '../privacy/PersonalData.js'
import type { JobDefinition } from '../jobs/JobDefinition.js'

/**
 * What a domain module gives the platform: its entities (for the ORM), its resolvers (for the schema),
 * its per-request loaders and its loaders shared by a process's requests, its part of people's personal
 * data (for the GDPR API) and its background jobs. The start-up merges the modules, so a feature edits
 * only its own module.
 */
export interface ApiModule<L extends object, S extends object = object> {
  name: string
  entities: EntitySchema<any>[] // eslint-disable-line @typescript-eslint/no-explicit-any -- each module's own entity types
  resolvers: readonly Function[] // eslint-disable-line @typescript-eslint/no-unsafe-function-type -- type-graphql takes resolver classes
  createLoaders(em: EntityManager): L
  /**
   * Loaders made once per process and shared by its requests, each batching what simultaneous requests
   * ask into one statement (db/batchAcrossRequests); `newEm` gives each batch a unit of work.
   */
  createSharedLoaders?(newEm: () => EntityManager): S
  /** What the module holds about children, for the GDPR API (see privacy/). */
  personalData?: PersonalDataPart
  /** Its background jobs (sweeps over its tables), run by pg-boss or in-process (see jobs/). */
  jobs?: JobDefinition[]
}

/** A module, typed by its loaders. */
export function defineModule<L extends object, S extends object = object>(module: ApiModule<L, S>): ApiModule<L, S> {
  return module
}
