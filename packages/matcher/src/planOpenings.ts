import { spanKey } from './weeklyTime.js'
import { ENTRY_OFFERING, ENTRY_SIZE, refusalAt, type CompiledInstance } from './CompiledInstance.js'
import type { AssignmentDigest } from './digestAssignment.js'
import type { PlanningSuggestion } from './types.js'

const MOST_SUGGESTIONS = 10

/** A group that could be opened: a copy of an existing one, or an activity at another time. */
interface Candidate {
  kind: PlanningSuggestion['kind']
  activity: string
  sessions: PlanningSuggestion['sessions']
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted.length === 0 ? 0 : sorted[Math.floor((sorted.length - 1) / 2)]
}

/** Candidates, and for each offering the copy candidate (2o) and the other-time candidate (2o + 1) it belongs to. */
function candidatesOf(c: CompiledInstance): { candidates: Candidate[]; candidateOf: Int32Array } {
  const byKey = new Map<string, number>()
  const candidates: Candidate[] = []
  const find = (key: string, candidate: Candidate): number => {
    let index = byKey.get(key)
    if (index === undefined) {
      index = candidates.push(candidate) - 1
      byKey.set(key, index)
    }
    return index
  }
  const candidateOf = new Int32Array(2 * c.offeringCount)
  c.offerings.forEach((offering, o) => {
    const activity = offering.activity ?? offering.id
    const sessions = offering.sessions ?? []
    candidateOf[2 * o] = find(`another-group|${activity}|${spanKey(sessions)}`, { kind: 'another-group', activity, sessions })
    candidateOf[2 * o + 1] = find(`other-time|${activity}`, { kind: 'other-time', activity, sessions: null })
  })
  return { candidates, candidateOf }
}

/**
 * Every unplaced participant p, in lottery order, with each offering slot it is interested in, as pairs
 * (p, slot) packed in one array: slot 2o when o was acceptable (a copy of o would do), 2o + 1 when o's
 * sessions missed p's windows (o's activity at another time would do). A participant's pairs are side by
 * side.
 */
function collectInterest(c: CompiledInstance, digest: AssignmentDigest): Int32Array {
  const { start, entries } = c.acceptable
  // The unplaced in lottery order: found in index order and sorted by lottery position, so that only
  // they are visited in the lottery's (scattered) order.
  const ranks = new Int32Array(c.participantCount - digest.placed)
  for (let p = 0, u = 0; p < c.participantCount; p++) if (digest.placements[p] === 0) ranks[u++] = c.lotteryRank[p]
  ranks.sort()
  let pairs = new Int32Array(1024)
  let count = 0
  const add = (p: number, slot: number): void => {
    if (count + 2 > pairs.length) {
      const bigger = new Int32Array(pairs.length * 2)
      bigger.set(pairs)
      pairs = bigger
    }
    pairs[count++] = p
    pairs[count++] = slot
  }
  for (let r = 0; r < ranks.length; r++) {
    const p = c.byLotteryRank[ranks[r]]
    for (let i = ENTRY_SIZE * start[p]; i < ENTRY_SIZE * start[p + 1]; i += ENTRY_SIZE) add(p, 2 * entries[i + ENTRY_OFFERING])
    if (start[p + 1] - start[p] === c.ranking.start[p + 1] - c.ranking.start[p]) continue
    for (let i = c.ranking.start[p]; i < c.ranking.start[p + 1]; i++) {
      if (refusalAt(c, i) === 'sessions-outside-availability') add(p, 2 * c.ranking.values[i] + 1)
    }
  }
  return pairs.subarray(0, count)
}

/**
 * What to open next: groups that would place the most participants who are still unplaced.
 * `another-group` copies a full group (same activity, same sessions) for those who found it acceptable;
 * `other-time` offers an activity at another time to those whose windows its sessions did not fit.
 * Suggestions are chosen greedily: each counts only participants no earlier suggestion already places.
 */
export function planOpenings(c: CompiledInstance, digest: AssignmentDigest): PlanningSuggestion[] {
  const { offerings } = c
  const { candidates, candidateOf } = candidatesOf(c)
  const k = candidates.length
  // Who is interested in which candidate, packed: count, then fill (each participant once per candidate).
  const pairs = collectInterest(c, digest)
  const lastSeenBy = new Int32Array(k).fill(-1)
  const start = new Int32Array(k + 1)
  const usedSlot = new Uint8Array(2 * c.offeringCount)
  for (let i = 0; i < pairs.length; i += 2) {
    const candidate = candidateOf[pairs[i + 1]]
    usedSlot[pairs[i + 1]] = 1
    if (lastSeenBy[candidate] === pairs[i]) continue
    lastSeenBy[candidate] = pairs[i]
    start[candidate + 1]++
  }
  for (let i = 0; i < k; i++) start[i + 1] += start[i]
  const interested = new Int32Array(start[k])
  const fill = start.slice(0, k)
  lastSeenBy.fill(-1)
  for (let i = 0; i < pairs.length; i += 2) {
    const candidate = candidateOf[pairs[i + 1]]
    if (lastSeenBy[candidate] === pairs[i]) continue
    lastSeenBy[candidate] = pairs[i]
    interested[fill[candidate]++] = pairs[i]
  }
  const basedOn: number[][] = candidates.map(() => [])
  for (let slot = 0; slot < usedSlot.length; slot++) if (usedSlot[slot]) basedOn[candidateOf[slot]].push(slot >> 1)
  const capacity = basedOn.map((list) => Math.max(1, median(list.map((o) => offerings[o].capacity))))
  const open = new Int32Array(k)
  for (let i = 0; i < k; i++) open[i] = start[i + 1] - start[i]
  // Where each interested participant's pairs begin, to count a covered participant out of its candidates.
  const firstPair = new Int32Array(c.participantCount).fill(-1)
  for (let i = pairs.length - 2; i >= 0; i -= 2) firstPair[pairs[i]] = i

  // Greedy: the group that would place the most; among equals, the one more unplaced participants want.
  const covered = new Uint8Array(c.participantCount)
  lastSeenBy.fill(-1)
  const suggestions: PlanningSuggestion[] = []
  while (suggestions.length < MOST_SUGGESTIONS) {
    let best = -1
    let bestPlaces = 0
    for (let i = 0; i < k; i++) {
      const places = Math.min(open[i], capacity[i])
      if (places > bestPlaces || (places === bestPlaces && best >= 0 && open[i] > open[best])) {
        best = i
        bestPlaces = places
      }
    }
    if (best < 0) break
    let placed = 0
    for (let j = start[best]; j < start[best + 1] && placed < capacity[best]; j++) {
      const p = interested[j]
      if (covered[p]) continue
      covered[p] = 1
      placed++
      // Each candidate p is interested in now has one uncovered participant fewer.
      for (let i = firstPair[p]; i < pairs.length && pairs[i] === p; i += 2) {
        const candidate = candidateOf[pairs[i + 1]]
        if (lastSeenBy[candidate] === p) continue
        lastSeenBy[candidate] = p
        open[candidate]--
      }
    }
    suggestions.push({
      ...candidates[best],
      basedOn: basedOn[best].map((o) => offerings[o].id),
      interested: start[best + 1] - start[best],
      wouldPlace: placed,
      capacity: capacity[best],
    })
  }
  return suggestions
}
