import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { INSTANCE_FORMAT, match, type Instance, type Offering, type Participant } from '@mukana/matcher'
import { instanceArb, PROPERTY_BUDGET } from './arbitraries'
import { acceptable, allAssignments, assignmentOf, blockingPair, choose, expectFeasible, rankIn } from './matchingLaws'

const RUNS = { numRuns: 300 }

function instance(offerings: Offering[], participants: Participant[]): Instance {
  return { format: INSTANCE_FORMAT, seed: 1, offerings, participants }
}

/** Participants p1..pn with lottery 1..n (p1 served first), all ranking the given offerings. */
function pupils(count: number, ranking: string[], tags: (i: number) => string[] = () => []): Participant[] {
  return Array.from({ length: count }, (_, i) => ({ id: `p${i + 1}`, ranking, lottery: i + 1, tags: tags(i + 1) }))
}

function placementsOf(result: ReturnType<typeof match>): Record<string, string> {
  return Object.fromEntries(result.placements.map((p) => [p.participant, p.offering]))
}

const da = (inst: Instance) => match(inst, { compare: false })

describe('deferred acceptance: examples', () => {
  it('serves the lottery in order and lets later participants move on to their next choice', () => {
    const result = da(
      instance(
        [
          { id: 'football', capacity: 1 },
          { id: 'dance', capacity: 1 },
        ],
        pupils(3, ['football', 'dance']),
      ),
    )
    expect(placementsOf(result)).toEqual({ p1: 'football', p2: 'dance' })
    expect(result.unplaced.map((u) => [u.participant, u.reason])).toEqual([['p3', 'acceptable-offerings-full']])
  })

  it('lets a displaced participant fall back (the classic rejection chain)', () => {
    // p3 proposes first to A and holds it, until p1 (better lottery) takes it; p3 then goes to B and displaces p2.
    const result = da(
      instance(
        [
          { id: 'A', capacity: 1 },
          { id: 'B', capacity: 1 },
        ],
        [
          { id: 'p1', ranking: ['A'], lottery: 1 },
          { id: 'p2', ranking: ['B'], lottery: 3 },
          { id: 'p3', ranking: ['A', 'B'], lottery: 2 },
        ],
      ),
    )
    expect(placementsOf(result)).toEqual({ p1: 'A', p3: 'B' })
  })

  it('puts carriers of a priority tag first, then the lottery', () => {
    const result = da(
      instance(
        [{ id: 'chess', capacity: 1, priorityTags: ['school:kontula'] }],
        pupils(3, ['chess'], (i) => (i === 3 ? ['school:kontula'] : [])),
      ),
    )
    expect(placementsOf(result)).toEqual({ p3: 'chess' })
    expect(result.offerings[0].cutoff).toEqual({ priorityTag: true, lottery: 3 })
  })

  it('breaks equal lottery numbers by input order', () => {
    const result = da(
      instance(
        [{ id: 'A', capacity: 1 }],
        [
          { id: 'second', ranking: ['A'], lottery: 5 },
          { id: 'first', ranking: ['A'], lottery: 5 },
        ],
      ),
    )
    expect(placementsOf(result)).toEqual({ second: 'A' })
  })

  it('holds reserved seats for girls ahead of better-placed boys', () => {
    const boysFirst = pupils(6, ['riding'], (i) => (i <= 4 ? ['boy'] : ['girl']))
    const result = da(instance([{ id: 'riding', capacity: 4, reserved: [{ tag: 'girl', seats: 2 }] }], boysFirst))
    expect(Object.keys(placementsOf(result)).sort()).toEqual(['p1', 'p2', 'p5', 'p6'])
    expect(result.offerings[0].reserves).toEqual([{ tag: 'girl', seats: 2, used: 2, cutoff: { priorityTag: false, lottery: 6 } }])
    expect(result.offerings[0].cutoff).toEqual({ priorityTag: false, lottery: 2 })
  })

  it('gives reserved seats that girls leave unused to anybody (a reserve, not a cap on boys)', () => {
    const result = da(
      instance(
        [{ id: 'riding', capacity: 4, reserved: [{ tag: 'girl', seats: 3 }] }],
        pupils(6, ['riding'], (i) => (i === 6 ? ['girl'] : ['boy'])),
      ),
    )
    expect(Object.keys(placementsOf(result)).sort()).toEqual(['p1', 'p2', 'p3', 'p6'])
    expect(result.offerings[0].reserves[0]).toMatchObject({ seats: 3, used: 1, cutoff: null })
  })

  it('fills reserves in their given order, each from those the earlier ones did not take', () => {
    // One seat for girls, then one for Swedish speakers: p1 is both and takes the girls' seat.
    const tags: Record<number, string[]> = { 1: ['girl', 'sv'], 2: ['sv'], 3: ['girl'], 4: [] }
    const offering: Offering = {
      id: 'A',
      capacity: 2,
      reserved: [
        { tag: 'girl', seats: 1 },
        { tag: 'sv', seats: 1 },
      ],
    }
    expect(
      Object.keys(
        placementsOf(
          da(
            instance(
              [offering],
              pupils(4, ['A'], (i) => tags[i]),
            ),
          ),
        ),
      ).sort(),
    ).toEqual(['p1', 'p2'])
    const reversed = {
      ...offering,
      reserved: [
        { tag: 'sv', seats: 1 },
        { tag: 'girl', seats: 1 },
      ],
    }
    expect(
      Object.keys(
        placementsOf(
          da(
            instance(
              [reversed],
              pupils(4, ['A'], (i) => tags[i]),
            ),
          ),
        ),
      ).sort(),
    ).toEqual(['p1', 'p3'])
  })

  it('takes nobody into girls-only groups but carriers of the tag, and says why', () => {
    const result = da(
      instance(
        [{ id: 'A', capacity: 5, onlyTags: ['girl'] }],
        pupils(2, ['A'], (i) => (i === 1 ? ['boy'] : ['girl'])),
      ),
    )
    expect(placementsOf(result)).toEqual({ p2: 'A' })
    expect(result.unplaced).toEqual([{ participant: 'p1', reason: 'no-acceptable-offering', unacceptable: [{ offering: 'A', why: 'only-tags' }] }])
  })

  it('refuses groups whose sessions fall outside the pupil’s free windows, or of another grade', () => {
    const result = da(
      instance(
        [
          { id: 'early', capacity: 5, sessions: [{ day: 'mon', start: '13:30', end: '14:30' }] },
          { id: 'grade4', capacity: 5, grades: [4] },
          { id: 'late', capacity: 5, sessions: [{ day: 'mon', start: '14:30', end: '15:30' }] },
        ],
        [{ id: 'p1', ranking: ['early', 'grade4', 'late'], grade: 3, available: [{ day: 'mon', start: '14:15', end: '17:00' }] }],
      ),
    )
    expect(result.placements).toEqual([{ participant: 'p1', offering: 'late', rank: 3, round: 1 }])
    // A placed pupil's family is told why the better-ranked groups were not possible, each in the ranking's order.
    expect(result.refused).toEqual([
      {
        participant: 'p1',
        unacceptable: [
          { offering: 'early', why: 'sessions-outside-availability' },
          { offering: 'grade4', why: 'grade' },
        ],
      },
    ])
  })

  it('explains an unplaced participant: what it could not join and why; the rest were full, with their cut-offs', () => {
    const result = da(
      instance(
        [
          { id: 'A', capacity: 1 },
          { id: 'B', capacity: 3, grades: [4] },
        ],
        [...pupils(2, ['A', 'B']).map((p) => ({ ...p, grade: 3 })), { id: 'nothing', ranking: [] }],
      ),
    )
    expect(result.unplaced).toEqual([
      { participant: 'p2', reason: 'acceptable-offerings-full', unacceptable: [{ offering: 'B', why: 'grade' }] },
      { participant: 'nothing', reason: 'ranked-nothing', unacceptable: [] },
    ])
    expect(result.offerings[0].cutoff).toEqual({ priorityTag: false, lottery: 1 })
    expect(result.lottery.p2).toBe(2)
  })

  it('wastes no seat of a group with capacity but takes nobody into a group of capacity 0', () => {
    const result = da(
      instance(
        [
          { id: 'closed', capacity: 0 },
          { id: 'open', capacity: 3 },
        ],
        pupils(2, ['closed', 'open']),
      ),
    )
    expect(placementsOf(result)).toEqual({ p1: 'open', p2: 'open' })
  })
})

describe('deferred acceptance: laws over random instances', () => {
  it('is feasible and stable: no justified envy, no wasted seat (with reserves and priority tags)', PROPERTY_BUDGET, () => {
    fc.assert(
      fc.property(instanceArb({ participants: [1, 12], offerings: [1, 4], capacity: [0, 4], givenLotteries: true }), (inst) => {
        const result = da(inst)
        expectFeasible(inst, result)
        expect(blockingPair(inst, result.lottery, assignmentOf(inst, result))).toBeNull()
      }),
      RUNS,
    )
  })

  it('is the participant-optimal stable matching (brute force over every assignment)', PROPERTY_BUDGET, () => {
    fc.assert(
      fc.property(instanceArb({ participants: [1, 5], offerings: [1, 3], capacity: [0, 2], givenLotteries: true }), (inst) => {
        const result = da(inst)
        const ours = assignmentOf(inst, result)
        let stableCount = 0
        for (const other of allAssignments(inst)) {
          if (blockingPair(inst, result.lottery, other) !== null) continue
          stableCount++
          inst.participants.forEach((participant, i) => {
            expect(rankIn(participant, inst, ours[i]), `${participant.id} does at least as well as in any stable matching`).toBeLessThanOrEqual(
              rankIn(participant, inst, other[i]),
            )
          })
        }
        expect(stableCount).toBeGreaterThan(0)
      }),
      RUNS,
    )
  })

  it('is strategy-proof: no participant gains by reordering, truncating or extending their ranking', PROPERTY_BUDGET, () => {
    const arb = instanceArb({ participants: [1, 5], offerings: [1, 4], capacity: [0, 2], constraints: false }).chain((inst) =>
      fc.record({
        inst: fc.constant(inst),
        who: fc.integer({ min: 0, max: inst.participants.length - 1 }),
        lie: fc.shuffledSubarray(inst.offerings.map((o) => o.id)),
      }),
    )
    fc.assert(
      fc.property(arb, ({ inst, who, lie }) => {
        const truthful = assignmentOf(inst, da(inst))[who]
        const participants = inst.participants.map((p, i) => (i === who ? { ...p, ranking: lie } : p))
        const lying = assignmentOf(inst, da({ ...inst, participants }))[who]
        const truth = inst.participants[who]
        expect(rankIn(truth, inst, lying)).toBeGreaterThanOrEqual(rankIn(truth, inst, truthful))
      }),
      { numRuns: 1000 },
    )
  })

  it('never rejects a girl from a group holding fewer girls than its reserve while it admits a boy', PROPERTY_BUDGET, () => {
    fc.assert(
      fc.property(instanceArb({ participants: [2, 14], offerings: [1, 3], capacity: [1, 4] }), (inst) => {
        const result = da(inst)
        const assignment = assignmentOf(inst, result)
        const isGirl = (i: number): boolean => inst.participants[i].tags?.includes('girl') ?? false
        inst.offerings.forEach((offering, o) => {
          const reserve = offering.reserved?.find((r) => r.tag === 'girl')
          if (!reserve) return
          const admitted = assignment.flatMap((a, i) => (a === o ? [i] : []))
          if (admitted.filter(isGirl).length >= reserve.seats || admitted.every(isGirl)) return
          inst.participants.forEach((participant, i) => {
            const wantsIt = acceptable(participant, offering) && rankIn(participant, inst, o) < rankIn(participant, inst, assignment[i])
            expect(isGirl(i) && wantsIt, `${participant.id} was turned away from ${offering.id}`).toBe(false)
          })
        })
      }),
      RUNS,
    )
  })

  it('explains every unplaced participant truthfully: the offerings it could not join, the rest full', PROPERTY_BUDGET, () => {
    fc.assert(
      fc.property(instanceArb({ participants: [1, 14], offerings: [1, 4], capacity: [0, 3] }), (inst) => {
        const result = da(inst)
        const placed = new Set(result.placements.map((p) => p.participant))
        const load = new Map<string, number>()
        for (const p of result.placements) load.set(p.offering, (load.get(p.offering) ?? 0) + 1)
        expect(result.unplaced.map((u) => u.participant).sort()).toEqual(
          inst.participants
            .filter((p) => !placed.has(p.id))
            .map((p) => p.id)
            .sort(),
        )
        for (const u of result.unplaced) {
          const participant = inst.participants.find((p) => p.id === u.participant) as Participant
          const offerings = participant.ranking.map((id) => inst.offerings.find((o) => o.id === id) as Offering)
          expect(u.unacceptable.map((r) => r.offering)).toEqual(offerings.filter((o) => !acceptable(participant, o)).map((o) => o.id))
          const open = offerings.filter((o) => acceptable(participant, o))
          for (const o of open) expect(load.get(o.id) ?? 0, `${o.id} must be full`).toBe(o.capacity)
          expect(u.reason).toBe(offerings.length === 0 ? 'ranked-nothing' : open.length === 0 ? 'no-acceptable-offering' : 'acceptable-offerings-full')
        }
      }),
      RUNS,
    )
  })

  it('agrees with the literal choice function at every offering (it keeps exactly what it would choose)', PROPERTY_BUDGET, () => {
    fc.assert(
      fc.property(instanceArb({ participants: [1, 14], offerings: [1, 3], capacity: [0, 4], givenLotteries: true }), (inst) => {
        const result = da(inst)
        const assignment = assignmentOf(inst, result)
        inst.offerings.forEach((offering, o) => {
          const admitted = assignment.flatMap((a, i) => (a === o ? [i] : []))
          const wanting = inst.participants.flatMap((p, i) => (acceptable(p, offering) && rankIn(p, inst, o) <= rankIn(p, inst, assignment[i]) ? [i] : []))
          expect([...choose(inst, result.lottery, offering, wanting)].sort()).toEqual(admitted.sort())
        })
      }),
      RUNS,
    )
  })
})
