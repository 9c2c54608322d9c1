import { hasTag } from './eligibility.js'
import { unplacedReason } from './explainUnplaced.js'
import { share, type AssignmentDigest } from './digestAssignment.js'
import { reportTags } from './reportTags.js'
import type { CompiledInstance } from './CompiledInstance.js'
import type { Summary, TagSummary, UnplacedReason } from './types.js'

/** The headline figures of a match. */
export function summarize(c: CompiledInstance, digest: AssignmentDigest): Summary {
  const n = c.participantCount
  let firstChoice = 0
  let top3 = 0
  const unplacedByReason: Record<UnplacedReason, number> = {
    'ranked-nothing': 0,
    'no-acceptable-offering': 0,
    'acceptable-offerings-full': 0,
  }
  for (let p = 0; p < n; p++) {
    const rank = digest.firstRank[p]
    if (rank === 1) firstChoice++
    if (rank >= 1 && rank <= 3) top3++
    if (digest.placements[p] === 0) unplacedByReason[unplacedReason(c, p)]++
  }

  const byTag: Record<string, TagSummary> = {}
  for (const tag of reportTags(c)) {
    let carriers = 0
    let carriersPlaced = 0
    let placed = 0
    for (let p = 0; p < n; p++) {
      const placedHere = digest.placements[p] > 0 ? 1 : 0
      placed += placedHere
      if (tag.index >= 0 && hasTag(c, p, tag.index)) {
        carriers++
        carriersPlaced += placedHere
      }
    }
    byTag[tag.name] = { participants: carriers, placed: carriersPlaced, share: share(carriersPlaced, carriers) }
    byTag[`without:${tag.name}`] = {
      participants: n - carriers,
      placed: placed - carriersPlaced,
      share: share(placed - carriersPlaced, n - carriers),
    }
  }
  const seats = c.capacity.reduce((sum, capacity) => sum + capacity, 0)
  return {
    participants: n,
    placed: digest.placed,
    placedShare: share(digest.placed, n),
    placements: digest.assignment.participant.length,
    rankHistogram: digest.rankHistogram,
    firstChoiceShare: share(firstChoice, n),
    top3Share: share(top3, n),
    unplacedByReason,
    byTag,
    seats,
    seatsFilled: digest.assignment.participant.length,
  }
}
