import type { Assignment } from './runRounds.js'
import type { CompiledInstance } from './CompiledInstance.js'
import type { MechanismOutline, Priority } from './types.js'

/** Facts about an assignment that several reports need, computed once. */
export interface AssignmentDigest {
  assignment: Assignment
  /** 1-based rank of each placement, parallel to the assignment's arrays. */
  rank: Int32Array
  /** Placements per participant. */
  placements: Int32Array
  /** Rank of each participant's first placement, 0 when unplaced. */
  firstRank: Int32Array
  placed: number
  rankHistogram: number[]
}

function rankOf(c: Pick<CompiledInstance, 'ranking'>, p: number, o: number): number {
  const { start, values } = c.ranking
  for (let i = start[p]; i < start[p + 1]; i++) if (values[i] === o) return i - start[p] + 1
  throw new Error(`participant ${p} was placed at offering ${o}, which it did not rank`)
}

/** The 1-based rank of each placement, parallel to the assignment's arrays. */
export function placementRanks(c: Pick<CompiledInstance, 'ranking'>, assignment: Pick<Assignment, 'participant' | 'offering'>): Int32Array {
  const rank = new Int32Array(assignment.participant.length)
  for (let i = 0; i < rank.length; i++) rank[i] = rankOf(c, assignment.participant[i], assignment.offering[i])
  return rank
}

export function digestAssignment(c: CompiledInstance, assignment: Assignment): AssignmentDigest {
  const rank = placementRanks(c, assignment)
  const placements = new Int32Array(c.participantCount)
  const firstRank = new Int32Array(c.participantCount)
  const rankHistogram: number[] = []
  let placed = 0
  for (let i = 0; i < rank.length; i++) {
    const p = assignment.participant[i]
    const r = rank[i]
    while (rankHistogram.length < r) rankHistogram.push(0)
    rankHistogram[r - 1]++
    if (placements[p]++ === 0) {
      firstRank[p] = r
      placed++
    }
  }
  return { assignment, rank, placements, firstRank, placed, rankHistogram }
}

export function share(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole
}

export function outlineOf(c: CompiledInstance, digest: AssignmentDigest): MechanismOutline {
  return {
    mechanism: digest.assignment.mechanism,
    placed: digest.placed,
    placedShare: share(digest.placed, c.participantCount),
    rankHistogram: digest.rankHistogram,
  }
}

/** A priority key (see `priorityKey`) as reports show it; null for -1 (no cut-off). */
export function priorityOf(c: CompiledInstance, key: number): Priority | null {
  if (key < 0) return null
  const n = c.participantCount
  return { priorityTag: key < n, lottery: c.lottery[c.byLotteryRank[key % n]] }
}
