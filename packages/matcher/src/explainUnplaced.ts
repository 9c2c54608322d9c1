import { refusalOf } from './eligibility.js'
import type { AssignmentDigest } from './digestAssignment.js'
import type { CompiledInstance } from './compileInstance.js'
import type { Refusal, Unplaced } from './types.js'

/**
 * Why each participant without a placement got none: one refusal per ranked offering. A participant
 * unplaced after round 1 stays unplaced (every acceptable offering was full), so round 1 explains it:
 * each full offering's report shows the cut-offs its priority did not reach.
 */
export function explainUnplaced(c: CompiledInstance, digest: AssignmentDigest): Unplaced[] {
  const { participants, offerings } = c.instance
  const unplaced: Unplaced[] = []
  for (let p = 0; p < c.participantCount; p++) {
    if (digest.placements[p] > 0) continue
    const refusals: Refusal[] = []
    let full = false
    for (let i = c.ranking.start[p]; i < c.ranking.start[p + 1]; i++) {
      const o = c.ranking.values[i]
      const why = refusalOf(c, p, o) ?? 'full'
      full ||= why === 'full'
      refusals.push({ offering: offerings[o].id, why })
    }
    const reason = refusals.length === 0 ? 'ranked-nothing' : full ? 'acceptable-offerings-full' : 'no-acceptable-offering'
    unplaced.push({ participant: participants[p].id, reason, refusals })
  }
  return unplaced
}
