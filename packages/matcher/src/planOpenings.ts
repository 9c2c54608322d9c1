import { refusalOf } from './eligibility.js'
import { spanKey } from './weeklyTime.js'
import type { AssignmentDigest } from './digestAssignment.js'
import type { CompiledInstance } from './compileInstance.js'
import type { PlanningSuggestion } from './types.js'

const MOST_SUGGESTIONS = 10

interface Candidate {
  kind: PlanningSuggestion['kind']
  activity: string
  sessions: PlanningSuggestion['sessions']
  basedOn: number[]
  capacity: number
  /** Interested unplaced participants, in lottery order. */
  interested: number[]
  /** How many of them no earlier suggestion places. */
  open: number
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted.length === 0 ? 0 : sorted[Math.floor((sorted.length - 1) / 2)]
}

/** Candidate groups: per offering, a copy of it (same activity and sessions) and its activity at another time. */
function candidatesOf(c: CompiledInstance): { candidates: Candidate[]; copyOf: Int32Array; otherTimeOf: Int32Array } {
  const { offerings } = c.instance
  const byKey = new Map<string, number>()
  const candidates: Candidate[] = []
  const find = (key: string, make: () => Omit<Candidate, 'basedOn' | 'capacity' | 'interested' | 'open'>): number => {
    let index = byKey.get(key)
    if (index === undefined) {
      index = candidates.length
      byKey.set(key, index)
      candidates.push({ ...make(), basedOn: [], capacity: 0, interested: [], open: 0 })
    }
    return index
  }
  const copyOf = new Int32Array(offerings.length)
  const otherTimeOf = new Int32Array(offerings.length)
  offerings.forEach((offering, o) => {
    const activity = offering.activity ?? offering.id
    const sessions = offering.sessions ?? []
    copyOf[o] = find(`another-group|${activity}|${spanKey(sessions)}`, () => ({ kind: 'another-group', activity, sessions }))
    otherTimeOf[o] = find(`other-time|${activity}`, () => ({ kind: 'other-time', activity, sessions: null }))
  })
  return { candidates, copyOf, otherTimeOf }
}

/**
 * What to open next: groups that would place the most participants who are still unplaced.
 * `another-group` copies a full group (same activity, same sessions) for those who found it acceptable;
 * `other-time` offers an activity at another time to those whose windows its sessions did not fit.
 * Suggestions are chosen greedily: each counts only participants no earlier suggestion already places.
 */
export function planOpenings(c: CompiledInstance, digest: AssignmentDigest): PlanningSuggestion[] {
  const { offerings } = c.instance
  const { candidates, copyOf, otherTimeOf } = candidatesOf(c)
  const lastSeenBy = new Int32Array(candidates.length).fill(-1)
  // An offering belongs to exactly one candidate of each kind: a flag per offering and kind suffices.
  const noted = new Uint8Array(2 * c.offeringCount)
  for (let rank = 0; rank < c.participantCount; rank++) {
    const p = c.byLotteryRank[rank]
    if (digest.placements[p] > 0) continue
    for (let i = c.ranking.start[p]; i < c.ranking.start[p + 1]; i++) {
      const o = c.ranking.values[i]
      const why = refusalOf(c, p, o)
      if (why !== null && why !== 'sessions-outside-availability') continue
      const k = why === null ? copyOf[o] : otherTimeOf[o]
      const flag = 2 * o + (why === null ? 0 : 1)
      if (noted[flag] === 0) {
        noted[flag] = 1
        candidates[k].basedOn.push(o)
      }
      if (lastSeenBy[k] !== p) {
        lastSeenBy[k] = p
        candidates[k].interested.push(p)
      }
    }
  }
  const live = candidates.filter((candidate) => candidate.interested.length > 0)
  for (const candidate of live) {
    candidate.capacity = Math.max(1, median(candidate.basedOn.map((o) => offerings[o].capacity)))
    candidate.open = candidate.interested.length
  }

  // Greedy: the group that would place the most; among equals, the one more unplaced participants want.
  const covered = new Uint8Array(c.participantCount)
  const suggestions: PlanningSuggestion[] = []
  while (suggestions.length < MOST_SUGGESTIONS) {
    let best: Candidate | undefined
    let bestPlaces = 0
    for (const candidate of live) {
      const places = Math.min(candidate.open, candidate.capacity)
      if (places > bestPlaces || (places === bestPlaces && best && candidate.open > best.open)) {
        best = candidate
        bestPlaces = places
      }
    }
    if (!best) break
    let placed = 0
    for (const p of best.interested) {
      if (placed === best.capacity) break
      if (covered[p]) continue
      covered[p] = 1
      placed++
    }
    suggestions.push({
      kind: best.kind,
      activity: best.activity,
      sessions: best.sessions,
      basedOn: best.basedOn.map((o) => offerings[o].id),
      interested: best.interested.length,
      wouldPlace: placed,
      capacity: best.capacity,
    })
    // Recount after each pick: at most ten passes over the interest lists.
    for (const candidate of live) {
      if (candidate.open > 0) candidate.open = candidate.interested.reduce((sum, p) => sum + (covered[p] ? 0 : 1), 0)
    }
  }
  return suggestions
}
