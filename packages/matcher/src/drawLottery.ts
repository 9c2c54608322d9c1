/**
 * A participant's lottery number drawn from the instance seed and the participant's id alone, so the draw
 * does not depend on input order: the same seed and ids give the same numbers however the input is sorted.
 * Returns a number in [0, 1) with 53 random bits.
 */
export function drawLottery(seed: number, id: string): number {
  // Two independent 32-bit string hashes (multiply-xorshift), each finalised with an avalanche step.
  let a = (0x9e3779b9 ^ seed) >>> 0
  let b = (0x85ebca6b ^ Math.floor(seed / 0x100000000)) >>> 0
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i)
    a = Math.imul(a ^ c, 0x5bd1e995)
    a ^= a >>> 15
    b = Math.imul(b ^ c, 0x27d4eb2f)
    b ^= b >>> 13
  }
  a = avalanche(a ^ id.length ^ b)
  b = avalanche(b ^ Math.imul(a, 0x165667b1))
  // 21 bits of b above 32 bits of a: 53 bits, exactly representable.
  return ((b >>> 11) * 0x100000000 + (a >>> 0)) / 2 ** 53
}

function avalanche(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}
