import { ENTRY_KEY, ENTRY_OFFERING, ENTRY_RESERVES, ENTRY_SIZE, type CompiledInstance } from './CompiledInstance.js'
import type { RoundInput, RoundOutcome } from './round.js'

// Per-offering hot state, interleaved so that one proposal touches one cache line of it.
const CAPACITY = 0 // seats this round
const ADMITTED = 1 // tentatively admitted so far
const OPEN_SIZE = 2 // holders of open seats
const OPEN_WORST = 3 // priority key of the worst open-seat holder (valid when OPEN_SIZE > 0)
const STRIDE = 4

/**
 * One round of participant-proposing deferred acceptance with reserves.
 *
 * Each offering holds its tentatively admitted applicants in "buckets": one per reserve, and one for open
 * seats, each a max-heap on priority key (the worst admitted on top). A new applicant cascades through
 * the reserves in order: it takes a free reserved seat if its tag fits, or displaces that reserve's worst
 * holder, who then cascades on. Whoever is left over competes for the open seats, and when the offering
 * is over capacity the worst open-seat holder is rejected. This is exactly the choice function
 * "reserves in order first, then everybody by priority", computed in O(log capacity) per proposal; the
 * tests check it against the literal choice function and an independent stability checker.
 *
 * The loop is memory-bound at national scale, so it reads precomputed acceptable lists (with keys and
 * reserve fit) and keeps each offering's hot state together.
 */
export function deferredAcceptanceRound(c: CompiledInstance, input: RoundInput): RoundOutcome {
  const n = c.participantCount
  const m = c.offeringCount
  const { capacityLeft, reserveLeft, holdings } = input
  const { reserveStart } = c
  const reserveCount = c.reserveTag.length
  const entries = c.acceptable.entries

  const state = new Int32Array(m * STRIDE)
  for (let o = 0; o < m; o++) state[o * STRIDE + CAPACITY] = capacityLeft[o]

  // Bucket b < m is offering b's open seats (one spare slot for the moment before a rejection);
  // bucket m + r is reserve r.
  const offset = new Int32Array(m + reserveCount + 1)
  for (let o = 0; o < m; o++) offset[o + 1] = offset[o] + capacityLeft[o] + 1
  for (let r = 0; r < reserveCount; r++) offset[m + r + 1] = offset[m + r] + reserveLeft[r]
  const heapP = new Int32Array(offset[m + reserveCount])
  const heapK = new Int32Array(offset[m + reserveCount])
  const size = new Int32Array(m + reserveCount)

  const offeringOf = new Int32Array(n).fill(-1)
  const seatOf = new Int32Array(n).fill(-1)
  /** Per participant: the next acceptable entry to propose to, and the end of its list, side by side. */
  const cursor = new Int32Array(2 * n)
  for (let p = 0; p < n; p++) {
    cursor[2 * p] = ENTRY_SIZE * c.acceptable.start[p]
    cursor[2 * p + 1] = ENTRY_SIZE * c.acceptable.start[p + 1]
  }
  /** The entry the participant's current offering came from. */
  const entryOf = new Int32Array(n)
  const free = new Int32Array(n)
  let freeCount = 0
  // The outcome does not depend on who proposes first, but the work does: in lottery order, later
  // proposers mostly meet full offerings that reject them outright, instead of starting chains.
  for (let r = n - 1; r >= 0; r--) free[freeCount++] = c.byLotteryRank[r]

  function siftUp(base: number, i: number): void {
    const p = heapP[base + i]
    const k = heapK[base + i]
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (heapK[base + parent] >= k) break
      heapP[base + i] = heapP[base + parent]
      heapK[base + i] = heapK[base + parent]
      i = parent
    }
    heapP[base + i] = p
    heapK[base + i] = k
  }

  function siftDown(base: number, length: number): void {
    let i = 0
    const p = heapP[base]
    const k = heapK[base]
    for (;;) {
      let child = 2 * i + 1
      if (child >= length) break
      if (child + 1 < length && heapK[base + child + 1] > heapK[base + child]) child++
      if (heapK[base + child] <= k) break
      heapP[base + i] = heapP[base + child]
      heapK[base + i] = heapK[base + child]
      i = child
    }
    heapP[base + i] = p
    heapK[base + i] = k
  }

  function push(bucket: number, p: number, k: number): void {
    const base = offset[bucket]
    const i = size[bucket]++
    heapP[base + i] = p
    heapK[base + i] = k
    siftUp(base, i)
  }

  /** Admits p to o tentatively; returns whoever o rejects as a result (maybe p), or -1. */
  function apply(o: number, p: number, key: number, fits: number): number {
    let candidate = p
    let candidateKey = key
    let candidateFits = fits
    for (let r = reserveStart[o], j = 0, end = reserveStart[o + 1]; r < end; r++, j++) {
      if (reserveLeft[r] === 0 || (candidateFits & (1 << j)) === 0) continue
      const bucket = m + r
      if (size[bucket] < reserveLeft[r]) {
        push(bucket, candidate, candidateKey)
        seatOf[candidate] = r
        candidate = -1
        break
      }
      const base = offset[bucket]
      if (candidateKey < heapK[base]) {
        const displaced = heapP[base]
        const displacedKey = heapK[base]
        heapP[base] = candidate
        heapK[base] = candidateKey
        siftDown(base, size[bucket])
        seatOf[candidate] = r
        candidate = displaced
        candidateKey = displacedKey
        candidateFits = entries[entryOf[displaced] + ENTRY_RESERVES]
      }
    }
    const at = o * STRIDE
    if (candidate >= 0) {
      push(o, candidate, candidateKey)
      seatOf[candidate] = -1
      state[at + OPEN_SIZE]++
    }
    let rejected = -1
    if (++state[at + ADMITTED] > state[at + CAPACITY]) {
      state[at + ADMITTED]--
      const base = offset[o]
      rejected = heapP[base]
      const last = --size[o]
      heapP[base] = heapP[base + last]
      heapK[base] = heapK[base + last]
      siftDown(base, last)
      state[at + OPEN_SIZE]--
    }
    if (size[o] > 0) state[at + OPEN_WORST] = heapK[offset[o]]
    return rejected
  }

  /** Whether o is full and p's priority is below every seat p could take: then o rejects p outright. */
  function outranked(at: number, o: number, key: number, fits: number): boolean {
    if (state[at + ADMITTED] < state[at + CAPACITY] || state[at + OPEN_SIZE] === 0 || key < state[at + OPEN_WORST]) return false
    if (fits === 0) return true
    for (let r = reserveStart[o], j = 0, end = reserveStart[o + 1]; r < end; r++, j++) {
      if ((fits & (1 << j)) !== 0 && reserveLeft[r] > 0 && (size[m + r] < reserveLeft[r] || key < heapK[offset[m + r]])) return false
    }
    return true
  }

  while (freeCount > 0) {
    const p = free[--freeCount]
    const end = cursor[2 * p + 1]
    while (cursor[2 * p] < end) {
      const i = cursor[2 * p]
      cursor[2 * p] = i + ENTRY_SIZE
      const o = entries[i + ENTRY_OFFERING]
      const at = o * STRIDE
      const key = entries[i + ENTRY_KEY]
      const fits = entries[i + ENTRY_RESERVES]
      // Most proposals in a tight market are rejections: decide those before anything costlier.
      if (state[at + CAPACITY] === 0 || outranked(at, o, key, fits) || (holdings !== null && holdings.conflicts(c, p, o))) continue
      offeringOf[p] = o
      entryOf[p] = i
      const rejected = apply(o, p, key, fits)
      if (rejected === p) {
        offeringOf[p] = -1
        continue
      }
      if (rejected >= 0) {
        offeringOf[rejected] = -1
        seatOf[rejected] = -1
        free[freeCount++] = rejected
      }
      break
    }
  }

  const openCutoff = new Int32Array(m).fill(-1)
  for (let o = 0; o < m; o++) {
    if (state[o * STRIDE + ADMITTED] === capacityLeft[o] && size[o] > 0) openCutoff[o] = heapK[offset[o]]
  }
  const reserveCutoff = new Int32Array(reserveCount).fill(-1)
  for (let r = 0; r < reserveCount; r++) {
    if (reserveLeft[r] > 0 && size[m + r] === reserveLeft[r]) reserveCutoff[r] = heapK[offset[m + r]]
  }
  return { offeringOf, seatOf, openCutoff, reserveCutoff }
}
