import { describe, expect, it } from 'vitest'
import { drawLottery } from '@mukana/matcher'

describe('drawLottery', () => {
  it('depends only on the seed and the id', () => {
    expect(drawLottery(7, 'pupil-1')).toBe(drawLottery(7, 'pupil-1'))
    expect(drawLottery(7, 'pupil-1')).not.toBe(drawLottery(8, 'pupil-1'))
    expect(drawLottery(7, 'pupil-1')).not.toBe(drawLottery(7, 'pupil-2'))
  })

  it('spreads numbers evenly over [0, 1) without collisions', () => {
    const buckets = new Array(10).fill(0)
    const seen = new Set<number>()
    for (let i = 0; i < 100_000; i++) {
      const x = drawLottery(2026, `p${i}`)
      expect(x >= 0 && x < 1).toBe(true)
      seen.add(x)
      buckets[Math.floor(x * 10)]++
    }
    expect(seen.size).toBe(100_000)
    // Each tenth should hold 10,000 ± 5 standard deviations (≈ 95).
    for (const count of buckets) expect(Math.abs(count - 10_000)).toBeLessThan(500)
  })
})
