import { describe, expect, it } from 'vitest'
import { INSTANCE_FORMAT, match, type Instance, type Participant } from '@mukana/matcher'

const MON = [{ day: 'mon' as const, start: '14:00', end: '15:00' }]

function wanting(prefix: string, count: number, ranking: string[], extra: Partial<Participant> = {}): Participant[] {
  return Array.from({ length: count }, (_, i) => ({ id: `${prefix}${i + 1}`, ranking, ...extra }))
}

describe('planOpenings', () => {
  it('suggests copies of the full groups that would place the most unplaced participants first', () => {
    const inst: Instance = {
      format: INSTANCE_FORMAT,
      seed: 4,
      offerings: [
        { id: 'football-1', activity: 'football', capacity: 2, sessions: MON },
        { id: 'dance-1', activity: 'dance', capacity: 3, sessions: MON },
        { id: 'riding-1', activity: 'riding', capacity: 1, sessions: [{ day: 'tue', start: '16:00', end: '17:00' }] },
      ],
      participants: [
        ...wanting('f', 7, ['football-1']),
        ...wanting('d', 5, ['dance-1']),
        // Free only on Mondays: riding on Tuesday does not fit them.
        ...wanting('r', 3, ['riding-1'], { available: [{ day: 'mon', start: '13:00', end: '17:00' }] }),
      ],
    }
    const { planning, summary } = match(inst, { compare: false })
    expect(summary.placed).toBe(5)
    expect(planning[0]).toEqual({
      kind: 'another-group',
      activity: 'football',
      sessions: MON,
      basedOn: ['football-1'],
      interested: 5,
      wouldPlace: 2,
      capacity: 2,
    })
    expect(planning.map((s) => [s.kind, s.activity, s.wouldPlace])).toEqual([
      ['another-group', 'football', 2],
      ['another-group', 'football', 2],
      ['another-group', 'dance', 2],
      ['other-time', 'riding', 1],
      ['other-time', 'riding', 1],
      ['another-group', 'football', 1],
      ['other-time', 'riding', 1],
    ])
  })

  it('suggests nothing when everybody is placed', () => {
    const inst: Instance = { format: INSTANCE_FORMAT, seed: 1, offerings: [{ id: 'A', capacity: 3 }], participants: wanting('p', 3, ['A']) }
    expect(match(inst, { compare: false }).planning).toEqual([])
  })
})
