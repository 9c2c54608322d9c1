import { refusalsOf } from './refusalsOf.js'
import type { AssignmentDigest } from './digestAssignment.js'
import type { CompiledInstance } from './CompiledInstance.js'
import type { Unplaced, UnplacedReason } from './types.js'

/**
 * Why each participant without a placement got none. A participant unplaced after round 1 stays
 * unplaced (every acceptable offering was full), so round 1 explains it: the offerings it could not
 * join are listed with the reason, and every other ranked offering was full (see their cut-offs).
 */
export function explainUnplaced(c: CompiledInstance, digest: AssignmentDigest): Unplaced[] {
  const unplaced: Unplaced[] = []
  for (let p = 0; p < c.participantCount; p++) {
    if (digest.placements[p] > 0) continue
    unplaced.push({ participant: c.participantIds[p], reason: unplacedReason(c, p), unacceptable: refusalsOf(c, p) })
  }
  return unplaced
}

/** Why participant p, without a placement, got none. */
export function unplacedReason(c: Pick<CompiledInstance, 'ranking'> & { acceptable: { start: Int32Array } }, p: number): UnplacedReason {
  const ranked = c.ranking.start[p + 1] - c.ranking.start[p]
  const acceptable = c.acceptable.start[p + 1] - c.acceptable.start[p]
  return ranked === 0 ? 'ranked-nothing' : acceptable === 0 ? 'no-acceptable-offering' : 'acceptable-offerings-full'
}
