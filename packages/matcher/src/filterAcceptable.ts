import { hasTag, priorityKey, refusalOf, type RulesSource } from './eligibility.js'
import { ENTRY_KEY, ENTRY_OFFERING, ENTRY_RANK, ENTRY_RESERVES, ENTRY_SIZE, REFUSAL_WHYS, type AcceptableLists } from './CompiledInstance.js'

/** Acceptability does not change while matching, so each ranking is filtered once, here. */
export function filterAcceptable(c: RulesSource): AcceptableLists {
  const lists = acceptableRoom(c, false)
  return closeAcceptable(lists, c.participantCount, filterRange(c, lists, 0, c.participantCount, 0))
}

/**
 * Room for every participant's acceptable lists, to be filled in ranges by filterRange (by several
 * threads, when `shared`: then in SharedArrayBuffers, which a thread is sent without a copy).
 */
export function acceptableRoom(c: RulesSource, shared: boolean): AcceptableLists {
  const n = c.participantCount
  const entries = c.ranking.start[n]
  const room = (bytes: number): ArrayBufferLike => (shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes))
  return {
    start: new Int32Array(room(4 * (n + 1))),
    entries: new Int32Array(room(4 * ENTRY_SIZE * entries)),
    count: 0,
    refusal: new Uint8Array(room(entries)),
  }
}

/**
 * Filters the rankings of participants [from, to) into `lists`, their records from record `first` on,
 * and gives where they end. A range's records fit from its first ranking entry on
 * (c.ranking.start[from]), whatever the ranges before it hold: a thread can start there, and
 * moveRange closes the gap.
 */
export function filterRange(c: RulesSource, lists: AcceptableLists, from: number, to: number, first: number): number {
  const { start: rankingStart, values } = c.ranking
  const { start, entries, refusal } = lists
  let count = first
  for (let p = from; p < to; p++) {
    start[p] = count
    for (let i = rankingStart[p]; i < rankingStart[p + 1]; i++) {
      const o = values[i]
      const why = refusalOf(c, p, o)
      if (why !== null) {
        refusal[i] = 1 + REFUSAL_WHYS.indexOf(why)
        continue
      }
      let fits = 0
      for (let q = c.reserveStart[o], j = 0; q < c.reserveStart[o + 1]; q++, j++) if (hasTag(c, p, c.reserveTag[q])) fits |= 1 << j
      const at = ENTRY_SIZE * count++
      entries[at + ENTRY_OFFERING] = o
      entries[at + ENTRY_KEY] = priorityKey(c, p, o)
      entries[at + ENTRY_RESERVES] = fits
      entries[at + ENTRY_RANK] = i - rankingStart[p]
    }
  }
  return count
}

/**
 * Moves the records of participants [from, to), which filterRange wrote from record `first` to `end`, to
 * start at record `target` (where the records before them end); gives where they end then.
 */
export function moveRange(lists: AcceptableLists, from: number, to: number, first: number, end: number, target: number): number {
  if (first === target) return end
  lists.entries.copyWithin(ENTRY_SIZE * target, ENTRY_SIZE * first, ENTRY_SIZE * end)
  for (let p = from; p < to; p++) lists.start[p] -= first - target
  return end - first + target
}

/** The lists of n participants, filled up to record `end`, closed. */
export function closeAcceptable(lists: AcceptableLists, n: number, end: number): AcceptableLists {
  lists.start[n] = end
  return { start: lists.start, entries: lists.entries.subarray(0, ENTRY_SIZE * end), count: end, refusal: lists.refusal }
}
