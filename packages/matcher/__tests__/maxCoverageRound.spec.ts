import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { INSTANCE_FORMAT, match, type Instance } from '@mukana/matcher'
import { instanceArb, PROPERTY_BUDGET } from './arbitraries'
import { allAssignments, assignmentOf, expectFeasible, rankIn } from './matchingLaws'

function placedAndRanks(inst: Instance, assignment: number[]): [number, number] {
  let placed = 0
  let ranks = 0
  assignment.forEach((o, i) => {
    if (o < 0) return
    placed++
    ranks += rankIn(inst.participants[i], inst, o) + 1
  })
  return [placed, ranks]
}

describe('max-coverage', () => {
  it('places more participants than deferred acceptance when priorities block a chain', () => {
    // DA: p1 takes A (first choice) by lottery, p2 (only A) is left out. Max-coverage sends p1 to B.
    const inst: Instance = {
      format: INSTANCE_FORMAT,
      seed: 1,
      offerings: [
        { id: 'A', capacity: 1 },
        { id: 'B', capacity: 1 },
      ],
      participants: [
        { id: 'p1', ranking: ['A', 'B'], lottery: 1 },
        { id: 'p2', ranking: ['A'], lottery: 2 },
      ],
    }
    const da = match(inst)
    expect(da.summary.placed).toBe(1)
    expect(da.comparison).toEqual({ mechanism: 'max-coverage', placed: 2, placedShare: 1, rankHistogram: [1, 1] })
    const mc = match(inst, { mechanism: 'max-coverage' })
    expect(mc.placements.map((p) => [p.participant, p.offering])).toEqual([
      ['p1', 'B'],
      ['p2', 'A'],
    ])
    expect(mc.comparison).toMatchObject({ mechanism: 'deferred-acceptance', placed: 1 })
    expect(mc.offerings[0].cutoff).toBeNull()
  })

  it('places the most participants possible, then has the least sum of ranks (brute force)', PROPERTY_BUDGET, () => {
    fc.assert(
      fc.property(instanceArb({ participants: [1, 6], offerings: [1, 3], capacity: [0, 3] }), (inst) => {
        const result = match(inst, { mechanism: 'max-coverage', compare: false })
        expectFeasible(inst, result)
        let best: [number, number] = [0, 0]
        for (const assignment of allAssignments(inst)) {
          const [placed, ranks] = placedAndRanks(inst, assignment)
          if (placed > best[0] || (placed === best[0] && ranks < best[1])) best = [placed, ranks]
        }
        expect(placedAndRanks(inst, assignmentOf(inst, result))).toEqual(best)
      }),
      { numRuns: 300 },
    )
  })

  it('never places fewer than deferred acceptance', PROPERTY_BUDGET, () => {
    fc.assert(
      fc.property(instanceArb({ participants: [1, 30], offerings: [1, 6], capacity: [0, 5] }), (inst) => {
        const result = match(inst)
        expect(result.comparison.placed).toBeGreaterThanOrEqual(result.summary.placed)
      }),
      { numRuns: 200 },
    )
  })

  it('labels which admitted participants sit in reserved seats', () => {
    const inst: Instance = {
      format: INSTANCE_FORMAT,
      seed: 3,
      offerings: [{ id: 'A', capacity: 3, reserved: [{ tag: 'girl', seats: 2 }] }],
      participants: [
        { id: 'g1', ranking: ['A'], tags: ['girl'] },
        { id: 'b1', ranking: ['A'], tags: ['boy'] },
      ],
    }
    const result = match(inst, { mechanism: 'max-coverage' })
    expect(result.offerings[0].reserves[0]).toMatchObject({ seats: 2, used: 1 })
    expect(result.offerings[0].tagShares).toEqual({ girl: 0.5 })
  })
})
