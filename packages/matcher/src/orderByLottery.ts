/**
 * Ranks participants by lottery number, lowest first; equal numbers keep input order.
 * Returns rank[i] = position of participant i (0 = served first).
 *
 * A stable LSD radix sort over the numbers' IEEE-754 bits: linear time, so drawing the order of
 * half a million participants costs milliseconds rather than a comparison sort's hundreds. Digits are
 * 11 bits, so that each pass scatters into 2,048 places that stay in cache (16-bit digits scatter into
 * 65,536 and miss it), and each key travels with its participant, so that every pass reads in order.
 * A pass whose digit is the same for everyone (the exponent of numbers drawn in [0, 1)) is skipped.
 */
export function orderByLottery(lottery: Float64Array): Int32Array {
  const n = lottery.length
  const numbers = new Float64Array(n)
  for (let i = 0; i < n; i++) numbers[i] = lottery[i] + 0 // folds -0 into 0
  const words = new Uint32Array(numbers.buffer)
  const little = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1
  let lo = new Uint32Array(n)
  let hi = new Uint32Array(n)
  let who = new Int32Array(n)
  const counts = new Int32Array(PASSES.length * RADIX)
  for (let i = 0; i < n; i++) {
    const low = words[2 * i + (little ? 0 : 1)]
    const high = words[2 * i + (little ? 1 : 0)]
    // Negative numbers: flip every bit; positive: flip the sign bit. Unsigned order is then numeric order.
    const negative = high >>> 31 === 1
    const l = negative ? ~low >>> 0 : low
    const h = negative ? ~high >>> 0 : (high | 0x80000000) >>> 0
    lo[i] = l
    hi[i] = h
    who[i] = i
    counts[l & MASK]++
    counts[RADIX + ((l >>> 11) & MASK)]++
    counts[2 * RADIX + (l >>> 22)]++
    counts[3 * RADIX + (h & MASK)]++
    counts[4 * RADIX + ((h >>> 11) & MASK)]++
    counts[5 * RADIX + (h >>> 22)]++
  }
  let nextLo = new Uint32Array(n)
  let nextHi = new Uint32Array(n)
  let nextWho = new Int32Array(n)
  for (let pass = 0; pass < PASSES.length; pass++) {
    const base = pass * RADIX
    if (!startsOfDigits(counts, base, n)) continue
    const shift = PASSES[pass]
    const low = pass < 3
    for (let i = 0; i < n; i++) {
      const at = counts[base + (((low ? lo[i] : hi[i]) >>> shift) & MASK)]++
      // Once the low word is sorted on, only the high word is read again.
      if (low) nextLo[at] = lo[i]
      nextHi[at] = hi[i]
      nextWho[at] = who[i]
    }
    ;[lo, nextLo] = [nextLo, lo]
    ;[hi, nextHi] = [nextHi, hi]
    ;[who, nextWho] = [nextWho, who]
  }
  const rank = new Int32Array(n)
  for (let r = 0; r < n; r++) rank[who[r]] = r
  return rank
}

const RADIX = 1 << 11
const MASK = RADIX - 1
/** The shift of each pass's digit within its word: three passes over the low word, three over the high. */
const PASSES = [0, 11, 22, 0, 11, 22]

/**
 * Turns the digit counts at counts[base ..< base + RADIX] into where each digit's items start; false
 * when one digit holds all n items (the pass would leave the order as it is).
 */
function startsOfDigits(counts: Int32Array, base: number, n: number): boolean {
  let sum = 0
  for (let d = base; d < base + RADIX; d++) {
    const c = counts[d]
    if (c === n) return false
    counts[d] = sum
    sum += c
  }
  return true
}
