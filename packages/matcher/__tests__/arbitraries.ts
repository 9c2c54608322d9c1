/** fast-check generators of small instances, rich in the features that make matching hard. */
import fc from 'fast-check'
import { INSTANCE_FORMAT, type Instance, type Offering, type Participant, type WeeklySpan } from '@mukana/matcher'

const SPANS: WeeklySpan[] = [
  { day: 'mon', start: '14:00', end: '15:00' },
  { day: 'mon', start: '14:30', end: '15:30' },
  { day: 'tue', start: '13:00', end: '14:00' },
  { day: 'wed', start: '15:00', end: '16:30' },
]
const WINDOWS: WeeklySpan[] = [
  { day: 'mon', start: '13:15', end: '17:00' },
  { day: 'mon', start: '14:15', end: '15:10' },
  { day: 'tue', start: '12:00', end: '17:00' },
  { day: 'wed', start: '14:15', end: '17:00' },
]
const TAGS = ['girl', 'school:a', 'sv']

export interface InstanceShape {
  participants: [number, number]
  offerings: [number, number]
  capacity: [number, number]
  /** Give some participants explicit lottery numbers, with ties. */
  givenLotteries?: boolean
  maxPlacements?: [number, number]
  /** Participant-side timetables and grades (off for strategy-proofness, where only rankings are reported). */
  constraints?: boolean
}

const offeringArb = (id: string, shape: InstanceShape): fc.Arbitrary<Offering> =>
  fc
    .record({
      capacity: fc.integer({ min: shape.capacity[0], max: shape.capacity[1] }),
      girlSeats: fc.integer({ min: 0, max: 2 }),
      svSeats: fc.integer({ min: 0, max: 1 }),
      reserveOrder: fc.boolean(),
      onlyGirls: fc.integer({ min: 0, max: 9 }),
      priority: fc.boolean(),
      grades: fc.constantFrom<number[] | undefined>(undefined, [3], [3, 4]),
      sessions: fc.subarray(SPANS, { maxLength: 2 }),
    })
    .map((r) => {
      const offering: Offering = { id, capacity: r.capacity }
      const girl = Math.min(r.girlSeats, r.capacity)
      const sv = Math.min(r.svSeats, r.capacity - girl)
      const reserves = [...(girl > 0 ? [{ tag: 'girl', seats: girl }] : []), ...(sv > 0 ? [{ tag: 'sv', seats: sv }] : [])]
      if (reserves.length > 0) offering.reserved = r.reserveOrder ? reserves : reserves.reverse()
      if (r.onlyGirls === 0) offering.onlyTags = ['girl']
      if (r.priority) offering.priorityTags = ['school:a']
      if (shape.constraints !== false) {
        if (r.grades) offering.grades = r.grades
        if (r.sessions.length > 0) offering.sessions = r.sessions
      }
      return offering
    })

const participantArb = (id: string, offeringIds: string[], shape: InstanceShape): fc.Arbitrary<Participant> =>
  fc
    .record({
      ranking: fc.shuffledSubarray(offeringIds),
      tags: fc.subarray(TAGS),
      grade: fc.constantFrom(undefined, 3, 3, 4),
      lottery: shape.givenLotteries ? fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }) : fc.constant(undefined),
      available: fc.option(fc.subarray(WINDOWS), { nil: undefined, freq: 2 }),
    })
    .map((r) => {
      const participant: Participant = { id, ranking: r.ranking }
      if (r.tags.length > 0) participant.tags = r.tags
      if (shape.constraints !== false) {
        if (r.grade !== undefined) participant.grade = r.grade
        if (r.available) participant.available = r.available
      }
      if (r.lottery !== undefined) participant.lottery = r.lottery
      return participant
    })

export function instanceArb(shape: InstanceShape): fc.Arbitrary<Instance> {
  return fc
    .record({
      offeringCount: fc.integer({ min: shape.offerings[0], max: shape.offerings[1] }),
      participantCount: fc.integer({ min: shape.participants[0], max: shape.participants[1] }),
      seed: fc.integer({ min: 0, max: 1_000_000 }),
      maxPlacements: fc.integer({ min: shape.maxPlacements?.[0] ?? 1, max: shape.maxPlacements?.[1] ?? 1 }),
    })
    .chain(({ offeringCount, participantCount, seed, maxPlacements }) => {
      const offeringIds = Array.from({ length: offeringCount }, (_, i) => `o${i + 1}`)
      return fc
        .record({
          offerings: fc.tuple(...offeringIds.map((id) => offeringArb(id, shape))),
          participants: fc.tuple(...Array.from({ length: participantCount }, (_, i) => participantArb(`p${i + 1}`, offeringIds, shape))),
        })
        .map(({ offerings, participants }) => ({
          format: INSTANCE_FORMAT,
          seed,
          maxPlacements,
          offerings,
          participants,
        }))
    })
}

/**
 * Each property test's time budget: its runs are fixed (numRuns), and so is the time they may take on a
 * loaded 2-core machine, instead of vitest's default 5 s that the largest ones came close to.
 */
export const PROPERTY_BUDGET = { timeout: 30_000 }
