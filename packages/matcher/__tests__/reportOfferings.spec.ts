import { describe, expect, it } from 'vitest'
import { INSTANCE_FORMAT, match, type Instance } from '@mukana/matcher'

describe('reportOfferings', () => {
  it('shows demand, admissions by round, cut-offs and the share of each report tag', () => {
    const inst: Instance = {
      format: INSTANCE_FORMAT,
      seed: 1,
      maxPlacements: 2,
      reportTags: ['girl'],
      offerings: [
        { id: 'riding', activity: 'riding', capacity: 2, reserved: [{ tag: 'girl', seats: 1 }], grades: [3] },
        { id: 'chess', capacity: 5 },
      ],
      participants: [
        { id: 'p1', ranking: ['riding', 'chess'], tags: ['boy'], lottery: 1, grade: 3 },
        { id: 'p2', ranking: ['riding', 'chess'], tags: ['boy'], lottery: 2, grade: 3 },
        { id: 'p3', ranking: ['chess', 'riding'], tags: ['girl'], lottery: 3, grade: 3 },
        { id: 'p4', ranking: ['riding'], tags: ['girl'], lottery: 4, grade: 4 },
      ],
    }
    const [riding, chess] = match(inst, { compare: false }).offerings
    expect(riding).toEqual({
      offering: 'riding',
      activity: 'riding',
      capacity: 2,
      admitted: 2,
      admittedByRound: [2, 0],
      firstChoice: 3,
      applicants: 4,
      eligibleApplicants: 3,
      cutoff: { priorityTag: false, lottery: 2 },
      // Both boys applied in round 1, when no girl did: the reserved seat went to a boy.
      reserves: [{ tag: 'girl', seats: 1, used: 0, cutoff: null }],
      tagShares: { girl: 0 },
    })
    expect(chess).toMatchObject({ activity: 'chess', admitted: 3, admittedByRound: [1, 2], cutoff: null, firstChoice: 1 })
  })
})
