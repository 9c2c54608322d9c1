import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core'
import { ApiError, type FieldIssue } from '../graphql/ApiError.js'

/**
 * Flushes a new row whose unique index may already hold its value. The service checks first, for a
 * plain answer; two simultaneous requests both pass that check, and the index decides: the loser gets
 * the same field error, not `internal`.
 */
export async function flushUnique(em: EntityManager, duplicate: FieldIssue): Promise<void> {
  try {
    await em.flush()
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw ApiError.invalid([duplicate])
    throw error
  }
}
