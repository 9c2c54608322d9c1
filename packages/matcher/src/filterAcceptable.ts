import { hasTag, priorityKey, refusalOf, type RulesSource } from './eligibility.js'
import {
  ENTRY_KEY,
  ENTRY_OFFERING,
  ENTRY_RANK,
  ENTRY_RESERVES,
  ENTRY_SIZE,
  REFUSAL_WHYS,
  type AcceptableLists,
} from './CompiledInstance.js'

/**
 * Acceptability does not change while matching, so each ranking is filtered once, here: the rankings of
 * participants [from, to), as lists of their own (start[0] is participant `from`'s, and refusal[0] is
 * beside its first ranking entry), which joinAcceptable puts together.
 */
export function filterAcceptable(c: RulesSource, from = 0, to = c.participantCount): AcceptableLists {
  const { start: rankingStart, values } = c.ranking
  const base = rankingStart[from]
  const start = new Int32Array(to - from + 1)
  const entries = new Int32Array(ENTRY_SIZE * (rankingStart[to] - base))
  const refusal = new Uint8Array(rankingStart[to] - base)
  let count = 0
  for (let p = from; p < to; p++) {
    start[p - from] = count
    for (let i = rankingStart[p]; i < rankingStart[p + 1]; i++) {
      const o = values[i]
      const why = refusalOf(c, p, o)
      if (why !== null) {
        refusal[i - base] = 1 + REFUSAL_WHYS.indexOf(why)
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
  start[to - from] = count
  return { start, entries: entries.subarray(0, ENTRY_SIZE * count), count, refusal }
}

/** The lists of consecutive participants, filtered in parts (see filterAcceptable), as one. */
export function joinAcceptable(parts: readonly AcceptableLists[]): AcceptableLists {
  let participants = 0
  let count = 0
  let refusals = 0
  for (const part of parts) {
    participants += part.start.length - 1
    count += part.count
    refusals += part.refusal.length
  }
  const start = new Int32Array(participants + 1)
  const entries = new Int32Array(ENTRY_SIZE * count)
  const refusal = new Uint8Array(refusals)
  let p = 0
  let before = 0
  let at = 0
  for (const part of parts) {
    for (let k = 0; k < part.start.length - 1; k++) start[p++] = before + part.start[k]
    entries.set(part.entries.subarray(0, ENTRY_SIZE * part.count), ENTRY_SIZE * before)
    refusal.set(part.refusal, at)
    before += part.count
    at += part.refusal.length
  }
  start[participants] = count
  return { start, entries, count, refusal }
}
