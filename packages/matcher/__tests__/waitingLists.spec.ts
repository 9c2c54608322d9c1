import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { INSTANCE_FORMAT, match, waitingLists, type Instance } from '@mukana/matcher'
import { instanceArb, PROPERTY_BUDGET } from './arbitraries'
import { acceptable, assignmentOf, comparePriority, rankIn } from './matchingLaws'

describe('waitingLists', () => {
  it('lists, per group, who would rather be there, in the group’s priority order', () => {
    const inst: Instance = {
      format: INSTANCE_FORMAT,
      seed: 1,
      offerings: [
        { id: 'riding', capacity: 1, priorityTags: ['school:a'] },
        { id: 'chess', capacity: 5 },
      ],
      participants: [
        { id: 'p1', ranking: ['riding', 'chess'], lottery: 1 },
        { id: 'p2', ranking: ['riding'], lottery: 2 },
        { id: 'p3', ranking: ['riding', 'chess'], lottery: 3, tags: ['school:a'] },
        { id: 'p4', ranking: ['chess', 'riding'], lottery: 0 },
      ],
    }
    const result = match(inst, { compare: false })
    expect(result.placements.map((p) => `${p.participant}>${p.offering}`)).toEqual(['p1>chess', 'p3>riding', 'p4>chess'])
    // p4 prefers chess, which it has: not waiting for riding. p1 and p2 wait for riding in lottery order.
    expect(waitingLists(inst, result)).toEqual({ riding: ['p1', 'p2'], chess: [] })
  })

  it('holds exactly the participants who find the group acceptable and prefer it, ordered by priority', PROPERTY_BUDGET, () => {
    fc.assert(
      fc.property(instanceArb({ participants: [1, 12], offerings: [1, 4], capacity: [0, 3], givenLotteries: true }), (inst) => {
        const result = match(inst, { compare: false })
        const lists = waitingLists(inst, result)
        const assignment = assignmentOf(inst, result)
        inst.offerings.forEach((offering, o) => {
          const expected = inst.participants
            .map((p, i) => [p, i] as const)
            .filter(([p, i]) => acceptable(p, offering) && rankIn(p, inst, o) < rankIn(p, inst, assignment[i]))
            .sort(([, a], [, b]) => comparePriority(inst, result.lottery, offering, a, b))
            .map(([p]) => p.id)
          expect(lists[offering.id]).toEqual(expected)
        })
      }),
      { numRuns: 300 },
    )
  })
})
