import type { Placement } from './types.js'
import { digestAssignment, outlineOf } from './digestAssignment.js'
import { explainUnplaced } from './explainUnplaced.js'
import { explainRefused } from './explainRefused.js'
import { planOpenings } from './planOpenings.js'
import { reportOfferings } from './reportOfferings.js'
import { summarize } from './summarize.js'
import { RESULT_FORMAT, type Comparison, type Result } from './types.js'
import type { Assignment } from './runRounds.js'
import type { CompiledInstance } from './compileInstance.js'

/**
 * The full, explained result of a match. `other` is the same instance matched by the other mechanism
 * (or why it was not), so a coordinator sees what fairness costs in placements and ranks.
 */
export function buildResult(c: CompiledInstance, assignment: Assignment, other: Assignment | Comparison): Result {
  const digest = digestAssignment(c, assignment)
  const { participants, offerings } = c.instance
  const placements = Array.from(assignment.participant, (p, i) => {
    const o = assignment.offering[i]
    const seat = assignment.seat[i]
    const placement: Placement = { participant: participants[p].id, offering: offerings[o].id, rank: digest.rank[i], round: assignment.round[i] }
    // A reserved seat names its reserve: the family's explanation, and the city's targeting, read it.
    if (seat >= 0) placement.reserve = offerings[o].reserved![seat - c.reserveStart[o]].tag
    return placement
  })
  const lottery: Record<string, number> = {}
  for (let p = 0; p < c.participantCount; p++) lottery[participants[p].id] = c.lottery[p]
  const unplaced = explainUnplaced(c, digest)
  return {
    format: RESULT_FORMAT,
    mechanism: assignment.mechanism,
    seed: c.instance.seed,
    maxPlacements: c.maxPlacements,
    placements,
    unplaced,
    refused: explainRefused(c),
    lottery,
    offerings: reportOfferings(c, digest),
    summary: summarize(c, digest, unplaced),
    planning: planOpenings(c, digest),
    comparison: 'firstRound' in other ? outlineOf(c, digestAssignment(c, other)) : other,
  }
}
