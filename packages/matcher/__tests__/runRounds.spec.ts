import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { INSTANCE_FORMAT, match, type Instance } from '@mukana/matcher'
import { instanceArb, PROPERTY_BUDGET } from './arbitraries'
import { expectFeasible } from './matchingLaws'

describe('rounds (maxPlacements > 1)', () => {
  it('gives everybody a first placement before anybody a second', () => {
    const inst: Instance = {
      format: INSTANCE_FORMAT,
      seed: 1,
      maxPlacements: 2,
      offerings: [
        { id: 'A', capacity: 1 },
        { id: 'B', capacity: 1 },
      ],
      participants: [
        { id: 'p1', ranking: ['A', 'B'], lottery: 1 },
        { id: 'p2', ranking: ['A', 'B'], lottery: 2 },
      ],
    }
    // One round at a time: p2 gets B in round 1, although p1 would take B second in a greedy order.
    expect(match(inst, { compare: false }).placements).toEqual([
      { participant: 'p1', offering: 'A', rank: 1, round: 1 },
      { participant: 'p2', offering: 'B', rank: 2, round: 1 },
    ])
  })

  it('never gives a participant two groups whose sessions overlap, nor the same group twice', () => {
    const inst: Instance = {
      format: INSTANCE_FORMAT,
      seed: 1,
      maxPlacements: 3,
      offerings: [
        { id: 'dance', capacity: 5, sessions: [{ day: 'mon', start: '14:00', end: '15:00' }] },
        { id: 'judo', capacity: 5, sessions: [{ day: 'mon', start: '14:30', end: '15:30' }] },
        { id: 'choir', capacity: 5, sessions: [{ day: 'mon', start: '15:00', end: '16:00' }] },
      ],
      participants: [{ id: 'p1', ranking: ['dance', 'judo', 'choir'] }],
    }
    expect(match(inst, { compare: false }).placements.map((p) => [p.offering, p.round])).toEqual([
      ['dance', 1],
      ['choir', 2],
    ])
  })

  it('keeps unused reserved seats reserved in the next round, within the seats left', () => {
    const inst: Instance = {
      format: INSTANCE_FORMAT,
      seed: 1,
      maxPlacements: 2,
      offerings: [
        { id: 'A', capacity: 1 },
        { id: 'B', capacity: 3, reserved: [{ tag: 'girl', seats: 1 }] },
        { id: 'C', capacity: 1 },
      ],
      participants: [
        { id: 'boy1', ranking: ['B'], lottery: 1, tags: ['boy'] },
        { id: 'girl', ranking: ['A', 'B'], lottery: 3, tags: ['girl'] },
        { id: 'boy2', ranking: ['B'], lottery: 2, tags: ['boy'] },
        { id: 'boy3', ranking: ['C', 'B'], lottery: 0.5, tags: ['boy'] },
      ],
    }
    // Round 1 leaves one seat of B, still reserved for a girl. In round 2 the girl and boy3 (better
    // lottery) both want it as their second hobby: the reserve gives it to the girl.
    const result = match(inst, { compare: false })
    expect(result.placements.filter((p) => p.round === 2)).toEqual([{ participant: 'girl', offering: 'B', rank: 2, round: 2, reserve: 'girl' }])
    expect(result.offerings[1]).toMatchObject({ admitted: 3, admittedByRound: [2, 1], reserves: [{ tag: 'girl', seats: 1, used: 1 }] })
  })

  it('is feasible over random instances, and its first round is the one-round match', PROPERTY_BUDGET, () => {
    fc.assert(
      fc.property(instanceArb({ participants: [1, 12], offerings: [1, 4], capacity: [0, 4], maxPlacements: [2, 3] }), (inst) => {
        for (const mechanism of ['deferred-acceptance', 'max-coverage'] as const) {
          const result = match(inst, { mechanism, compare: false })
          expectFeasible(inst, result)
          if (mechanism === 'deferred-acceptance') {
            const single = match({ ...inst, maxPlacements: 1 }, { compare: false })
            expect(result.placements.filter((p) => p.round === 1)).toEqual(single.placements)
          }
        }
      }),
      { numRuns: 200 },
    )
  })
})
