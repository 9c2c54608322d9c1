import { describe, expect, it } from 'vitest'
import { chooseApplicants } from '@mukana/matcher'

const GIRL = 0
const SV = 1

describe('chooseApplicants', () => {
  it('fills reserves in order from their tag’s best carriers, then the rest by priority', () => {
    const applicants = [
      { key: 1, tags: [] },
      { key: 2, tags: [SV] },
      { key: 3, tags: [] },
      { key: 4, tags: [GIRL] },
      { key: 5, tags: [GIRL, SV] },
    ]
    const chosen = chooseApplicants(applicants, 3, [
      { tag: GIRL, seats: 1 },
      { tag: SV, seats: 1 },
    ])
    expect(Object.fromEntries(chosen)).toEqual({ 3: 0, 1: 1, 0: -1 })
  })

  it('lets anybody have the reserved seats its tag cannot fill, and never exceeds capacity', () => {
    const applicants = [
      { key: 1, tags: [] },
      { key: 2, tags: [] },
      { key: 3, tags: [] },
    ]
    expect(Object.fromEntries(chooseApplicants(applicants, 2, [{ tag: GIRL, seats: 2 }]))).toEqual({ 0: -1, 1: -1 })
    expect(chooseApplicants(applicants, 0, []).size).toBe(0)
  })
})
