import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compareWith, compileInstance, COMPARE_AUTOMATICALLY_UP_TO, generateInstance, match, MatchInputError, type Instance } from '@mukana/matcher'
import { instanceArb, PROPERTY_BUDGET } from './arbitraries'

function sortedPlacements(result: ReturnType<typeof match>): string[] {
  return result.placements.map((p) => `${p.participant}>${p.offering}@${p.round}`).sort()
}

describe('match', () => {
  it('is deterministic: the same instance gives the same result', () => {
    const inst = generateInstance({ participants: 300, offerings: 20, choices: 5, seed: 11, maxPlacements: 2 })
    expect(match(inst)).toEqual(match(structuredClone(inst)))
  })

  it('does not depend on input order: shuffled participants, offerings and tags give the same placements', PROPERTY_BUDGET, () => {
    const arb = instanceArb({ participants: [1, 14], offerings: [1, 4], capacity: [0, 4], maxPlacements: [1, 2] }).chain((inst) =>
      fc.record({
        inst: fc.constant(inst),
        participants: fc.shuffledSubarray(inst.participants, { minLength: inst.participants.length }),
        offerings: fc.shuffledSubarray(inst.offerings, { minLength: inst.offerings.length }),
      }),
    )
    fc.assert(
      fc.property(arb, ({ inst, participants, offerings }) => {
        const shuffled: Instance = {
          ...inst,
          offerings,
          participants: participants.map((p) => ({ ...p, tags: p.tags && [...p.tags].reverse() })),
        }
        const a = match(inst, { compare: false })
        const b = match(shuffled, { compare: false })
        expect(sortedPlacements(b)).toEqual(sortedPlacements(a))
        expect(b.lottery).toEqual(a.lottery)
      }),
      { numRuns: 300 },
    )
  })

  it('draws a different lottery from a different seed', () => {
    const inst = generateInstance({ participants: 50, offerings: 4, choices: 3, seed: 1 })
    expect(match({ ...inst, seed: 2 }).lottery).not.toEqual(match(inst).lottery)
  })

  it('reports the other mechanism, or says why it did not run it', () => {
    const inst = generateInstance({ participants: 60, offerings: 4, choices: 3, seed: 5 })
    expect(match(inst).comparison).toMatchObject({ mechanism: 'max-coverage', placed: expect.any(Number) })
    expect(match(inst, { compare: false }).comparison).toEqual({ mechanism: 'max-coverage', skipped: 'not requested' })
    expect(match(inst, { mechanism: 'max-coverage' }).comparison).toMatchObject({ mechanism: 'deferred-acceptance', placed: expect.any(Number) })
  })

  it('compares automatically only up to a size, and on request above it', () => {
    const large = compileInstance(generateInstance({ participants: COMPARE_AUTOMATICALLY_UP_TO + 1, offerings: 10, choices: 1, seed: 5 }))
    expect(compareWith(large, 'deferred-acceptance')).toEqual({
      mechanism: 'max-coverage',
      skipped: `${COMPARE_AUTOMATICALLY_UP_TO + 1} participants: above ${COMPARE_AUTOMATICALLY_UP_TO}, the comparison runs only when asked for`,
    })
    expect(compareWith(large, 'deferred-acceptance', true)).toHaveProperty('firstRound')
  })

  it('refuses an unknown mechanism by name', () => {
    const inst = generateInstance({ participants: 2, offerings: 1, choices: 1, seed: 5 })
    // @ts-expect-error: checking the run-time guard for callers without types
    expect(() => match(inst, { mechanism: 'lottery' })).toThrowError(/mechanism: must be one of deferred-acceptance, max-coverage, got "lottery"/)
    expect(() => match({ format: 'x' })).toThrowError(MatchInputError)
  })
})
