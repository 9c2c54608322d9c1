import { refusalsOf } from './refusalsOf.js'
import type { CompiledInstance } from './CompiledInstance.js'
import type { Refused } from './types.js'

/** Every participant with at least one ranked offering it cannot join, with why. */
export function explainRefused(c: CompiledInstance): Refused[] {
  const refused: Refused[] = []
  for (let p = 0; p < c.participantCount; p++) {
    if (c.ranking.start[p + 1] - c.ranking.start[p] === c.acceptable.start[p + 1] - c.acceptable.start[p]) continue
    refused.push({ participant: c.participantIds[p], unacceptable: refusalsOf(c, p) })
  }
  return refused
}
