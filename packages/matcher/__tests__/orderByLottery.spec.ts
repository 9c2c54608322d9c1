import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { drawLottery, orderByLottery } from '@mukana/matcher'
import { PROPERTY_BUDGET } from './arbitraries'

describe('orderByLottery', () => {
  it('ranks lowest first and keeps input order among equal numbers', () => {
    expect(Array.from(orderByLottery(Float64Array.from([0.5, -2, 0.5, 3, -0, 0])))).toEqual([3, 0, 4, 5, 1, 2])
  })

  it('agrees with a stable comparison sort on any finite numbers', PROPERTY_BUDGET, () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -3, max: 3 }))), (numbers) => {
        const expected = numbers.map((_, i) => i).sort((a, b) => numbers[a] + 0 - (numbers[b] + 0) || a - b)
        const rank = orderByLottery(Float64Array.from(numbers))
        const order = Array.from(rank)
          .map((r, i) => [r, i])
          .sort((a, b) => a[0] - b[0])
          .map(([, i]) => i)
        expect(order).toEqual(expected)
      }),
    )
  })

  it('orders a drawn lottery, whose exponent digits are all alike, as a comparison sort does', () => {
    // Drawn numbers lie in [0, 1): some of the sort's digits are the same for everyone and skipped.
    const numbers = Array.from({ length: 20_000 }, (_, i) => drawLottery(2026, `p${i}`))
    numbers.push(numbers[7], numbers[7], 0)
    const expected = numbers.map((_, i) => i).sort((a, b) => numbers[a] - numbers[b] || a - b)
    const rank = orderByLottery(Float64Array.from(numbers))
    const order = new Array<number>(numbers.length)
    rank.forEach((r, i) => (order[r] = i))
    expect(order).toEqual(expected)
  })
})
