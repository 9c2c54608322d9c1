import type { EntityManager } from '@mikro-orm/core'
import { PostgreSqlPlatform } from '@mikro-orm/postgresql'

/** Whether the database is PostgreSQL (else the embedded SQLite): for the few statements only it can run. */
export function isPostgres(em: EntityManager): boolean {
  return em.getPlatform() instanceof PostgreSqlPlatform
}
