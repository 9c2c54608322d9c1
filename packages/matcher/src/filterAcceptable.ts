import { hasTag, priorityKey, refusalOf } from './eligibility.js'
import {
  ENTRY_KEY,
  ENTRY_OFFERING,
  ENTRY_RANK,
  ENTRY_RESERVES,
  ENTRY_SIZE,
  REFUSAL_WHYS,
  type AcceptableLists,
  type CompiledInstance,
} from './CompiledInstance.js'

/** Acceptability does not change while matching, so each ranking is filtered once, here. */
export function filterAcceptable(c: CompiledInstance): AcceptableLists {
  const { start: rankingStart, values } = c.ranking
  const start = new Int32Array(c.participantCount + 1)
  const entries = new Int32Array(ENTRY_SIZE * values.length)
  const refusal = new Uint8Array(values.length)
  let count = 0
  for (let p = 0; p < c.participantCount; p++) {
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
  start[c.participantCount] = count
  return { start, entries: entries.subarray(0, ENTRY_SIZE * count), count, refusal }
}
