/**
 * Ranks participants by lottery number, lowest first; equal numbers keep input order.
 * Returns rank[i] = position of participant i (0 = served first).
 *
 * A stable LSD radix sort over the numbers' IEEE-754 bits: linear time, so drawing the order of
 * half a million participants costs milliseconds rather than a comparison sort's hundreds.
 */
export function orderByLottery(lottery: Float64Array): Int32Array {
  const n = lottery.length
  const numbers = new Float64Array(n)
  for (let i = 0; i < n; i++) numbers[i] = lottery[i] + 0 // folds -0 into 0
  const words = new Uint32Array(numbers.buffer)
  const keys = new Uint32Array(2 * n)
  const little = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1
  for (let i = 0; i < n; i++) {
    const lo = words[2 * i + (little ? 0 : 1)]
    const hi = words[2 * i + (little ? 1 : 0)]
    // Negative numbers: flip every bit; positive: flip the sign bit. Unsigned order is then numeric order.
    const negative = hi >>> 31 === 1
    keys[2 * i] = negative ? ~lo >>> 0 : lo
    keys[2 * i + 1] = negative ? ~hi >>> 0 : (hi | 0x80000000) >>> 0
  }
  let order = new Int32Array(n)
  let next = new Int32Array(n)
  for (let i = 0; i < n; i++) order[i] = i
  const counts = new Int32Array(0x10000)
  for (let pass = 0; pass < 4; pass++) {
    const word = pass >> 1
    const shift = (pass & 1) * 16
    counts.fill(0)
    for (let i = 0; i < n; i++) counts[(keys[2 * order[i] + word] >>> shift) & 0xffff]++
    let sum = 0
    for (let d = 0; d < 0x10000; d++) {
      const c = counts[d]
      counts[d] = sum
      sum += c
    }
    for (let i = 0; i < n; i++) {
      const p = order[i]
      next[counts[(keys[2 * p + word] >>> shift) & 0xffff]++] = p
    }
    ;[order, next] = [next, order]
  }
  const rank = new Int32Array(n)
  for (let r = 0; r < n; r++) rank[order[r]] = r
  return rank
}
