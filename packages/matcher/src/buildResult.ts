import type { Placement } from './types.js'
import { digestAssignment, outlineOf, type AssignmentDigest } from './digestAssignment.js'
import { explainUnplaced } from './explainUnplaced.js'
import { explainRefused } from './explainRefused.js'
import { planOpenings } from './planOpenings.js'
import { reportOfferings } from './reportOfferings.js'
import { summarize } from './summarize.js'
import { RESULT_FORMAT, type Comparison, type Result } from './types.js'
import type { Assignment } from './runRounds.js'
import type { CompiledInstance } from './CompiledInstance.js'

/**
 * The full, explained result of a match. `other` is the same instance matched by the other mechanism
 * (or why it was not), so a coordinator sees what fairness costs in placements and ranks.
 */
export function buildResult(c: CompiledInstance, assignment: Assignment, other: Assignment | Comparison): Result {
  const digest = digestAssignment(c, assignment)
  const result = resultOutline(c, digest, other)
  result.placements = Array.from(assignment.participant, (_, i) => placementOf(c, digest, i))
  result.unplaced = explainUnplaced(c, digest)
  result.refused = explainRefused(c)
  for (let p = 0; p < c.participantCount; p++) result.lottery[c.participantIds[p]] = c.lottery[p]
  return result
}

/**
 * A result with its longest parts, the placements, the unplaced, the refusals and the lottery, left
 * empty in their places: the command line writes those straight from the arrays (writeResultJson), a
 * national result's half a million of each never becoming objects.
 */
export function resultOutline(c: CompiledInstance, digest: AssignmentDigest, other: Assignment | Comparison): Result {
  return {
    format: RESULT_FORMAT,
    mechanism: digest.assignment.mechanism,
    seed: c.seed,
    maxPlacements: c.maxPlacements,
    placements: [],
    unplaced: [],
    refused: [],
    lottery: {},
    offerings: reportOfferings(c, digest),
    summary: summarize(c, digest),
    planning: planOpenings(c, digest),
    comparison: 'firstRound' in other ? outlineOf(c, digestAssignment(c, other)) : other,
  }
}

/** The i-th placement of the digested assignment. */
export function placementOf(c: CompiledInstance, digest: AssignmentDigest, i: number): Placement {
  const { assignment } = digest
  const o = assignment.offering[i]
  const seat = assignment.seat[i]
  const placement: Placement = {
    participant: c.participantIds[assignment.participant[i]],
    offering: c.offerings[o].id,
    rank: digest.rank[i],
    round: assignment.round[i],
  }
  // A reserved seat names its reserve: the family's explanation, and the city's targeting, read it.
  if (seat >= 0) placement.reserve = c.offerings[o].reserved![seat - c.reserveStart[o]].tag
  return placement
}
