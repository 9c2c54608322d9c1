/**
 * The benchmark's anchor: participant-proposing deferred acceptance at its plainest, on typed arrays,
 * with no reserves, sessions, tags, grades or rounds: every participant's whole ranking, one lottery
 * order for every offering. What the matcher's solve is compared with, in the same run.
 */
export interface PlainInstance {
  /** Participant p ranks offerings values[start[p] .. start[p + 1]), best first. */
  ranking: { start: Int32Array; values: Int32Array }
  capacity: Int32Array
  /** Position in the lottery: lower is served first. */
  lotteryRank: Int32Array
}

/** Each participant's offering, or -1. */
export function plainDeferredAcceptance({ ranking, capacity, lotteryRank }: PlainInstance): Int32Array {
  const n = lotteryRank.length
  const m = capacity.length
  // Offering o's holders: a max-heap on lottery rank in heap[offset[o] .. offset[o] + size[o]).
  const offset = new Int32Array(m + 1)
  for (let o = 0; o < m; o++) offset[o + 1] = offset[o] + capacity[o]
  const heap = new Int32Array(offset[m])
  const size = new Int32Array(m)
  const next = ranking.start.slice(0, n)
  const assigned = new Int32Array(n).fill(-1)
  // Proposing in lottery order (best popped first), as the matcher does: most chains of rejections never start.
  const free = new Int32Array(n)
  for (let p = 0; p < n; p++) free[n - 1 - lotteryRank[p]] = p
  let freeCount = n
  while (freeCount > 0) {
    const p = free[--freeCount]
    while (next[p] < ranking.start[p + 1]) {
      const o = ranking.values[next[p]++]
      if (capacity[o] === 0) continue
      const base = offset[o]
      if (size[o] < capacity[o]) {
        // Sift up.
        let i = size[o]++
        while (i > 0) {
          const parent = (i - 1) >> 1
          if (lotteryRank[heap[base + parent]] >= lotteryRank[p]) break
          heap[base + i] = heap[base + parent]
          i = parent
        }
        heap[base + i] = p
        assigned[p] = o
        break
      }
      const worst = heap[base]
      if (lotteryRank[worst] < lotteryRank[p]) continue
      // Replace the worst holder and sift down.
      let i = 0
      const length = size[o]
      for (;;) {
        let child = 2 * i + 1
        if (child >= length) break
        if (child + 1 < length && lotteryRank[heap[base + child + 1]] > lotteryRank[heap[base + child]]) child++
        if (lotteryRank[heap[base + child]] <= lotteryRank[p]) break
        heap[base + i] = heap[base + child]
        i = child
      }
      heap[base + i] = p
      assigned[p] = o
      assigned[worst] = -1
      free[freeCount++] = worst
      break
    }
  }
  return assigned
}
