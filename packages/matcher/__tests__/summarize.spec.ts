import { describe, expect, it } from 'vitest'
import { INSTANCE_FORMAT, match, type Instance } from '@mukana/matcher'

const inst: Instance = {
  format: INSTANCE_FORMAT,
  seed: 1,
  reportTags: ['girl', 'boy'],
  offerings: [
    { id: 'A', capacity: 1 },
    { id: 'B', capacity: 2, onlyTags: ['girl'] },
  ],
  participants: [
    { id: 'g1', ranking: ['A', 'B'], tags: ['girl'], lottery: 1 },
    { id: 'g2', ranking: ['A', 'B'], tags: ['girl'], lottery: 2 },
    { id: 'b1', ranking: ['A', 'B'], tags: ['boy'], lottery: 3 },
    { id: 'b2', ranking: [], tags: ['boy'], lottery: 4 },
  ],
}

describe('summarize', () => {
  it('counts placements, ranks, shares and why the unplaced are unplaced', () => {
    const { summary } = match(inst, { compare: false })
    expect(summary).toEqual({
      participants: 4,
      placed: 2,
      placedShare: 0.5,
      placements: 2,
      rankHistogram: [1, 1],
      firstChoiceShare: 0.25,
      top3Share: 0.5,
      unplacedByReason: { 'ranked-nothing': 1, 'no-acceptable-offering': 0, 'acceptable-offerings-full': 1 },
      byTag: {
        girl: { participants: 2, placed: 2, share: 1 },
        'without:girl': { participants: 2, placed: 0, share: 0 },
        boy: { participants: 2, placed: 0, share: 0 },
        'without:boy': { participants: 2, placed: 2, share: 1 },
      },
      seats: 3,
      seatsFilled: 2,
    })
  })

  it('follows the tags of reserves and onlyTags when no reportTags are given, and copes with nobody', () => {
    const { summary } = match({ ...inst, reportTags: undefined }, { compare: false })
    expect(Object.keys(summary.byTag)).toEqual(['girl', 'without:girl'])
    const empty = match({ ...inst, participants: [] }, { compare: false }).summary
    expect(empty).toMatchObject({ participants: 0, placed: 0, placedShare: 0, firstChoiceShare: 0, rankHistogram: [] })
  })
})
