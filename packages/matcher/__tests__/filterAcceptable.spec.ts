import { describe, expect, it } from 'vitest'
import { acceptableRoom, closeAcceptable, compileInstance, filterRange, generateInstance, moveRange } from '@mukana/matcher'

describe('filterAcceptable', () => {
  it('gives the same lists filtered in two ranges, the second from its first ranking entry on, then moved back', () => {
    const instance = generateInstance({ participants: 3_000, offerings: 90, choices: 5, seed: 11, windowsShare: 0.4 })
    const whole = compileInstance(instance).acceptable
    // As the command line's two threads fill them: into shared memory, the second half from its first ranking entry.
    const c = compileInstance(instance, { filter: false, shared: true })
    const n = c.participantCount
    for (const half of [0, 1, n >> 1, n - 1, n]) {
      const lists = acceptableRoom(c, true)
      expect(lists.entries.buffer).toBeInstanceOf(SharedArrayBuffer)
      const first = c.ranking.start[half]
      const end = filterRange(c, lists, half, n, first)
      const firstEnd = filterRange(c, lists, 0, half, 0)
      const joined = closeAcceptable(lists, n, moveRange(lists, half, n, first, end, firstEnd))
      expect(joined.count).toBe(whole.count)
      expect([...joined.start]).toEqual([...whole.start])
      expect([...joined.entries]).toEqual([...whole.entries])
      expect([...joined.refusal]).toEqual([...whole.refusal])
    }
    // Refusals and rejected entries both occur, so the gap closed was real.
    expect(whole.count).toBeLessThan(c.ranking.start[n])
  })
})
