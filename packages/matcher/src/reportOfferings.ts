import { hasTag } from './eligibility.js'
import { priorityOf, share, type AssignmentDigest } from './digestAssignment.js'
import { reportTags } from './reportTags.js'
import { ENTRY_OFFERING, ENTRY_SIZE, type CompiledInstance } from './CompiledInstance.js'
import type { OfferingReport } from './types.js'

/** Per offering: demand, who got in (by round, by reserve, by report tag) and the cut-offs. */
export function reportOfferings(c: CompiledInstance, digest: AssignmentDigest): OfferingReport[] {
  const m = c.offeringCount
  const { assignment } = digest
  const rounds = c.maxPlacements
  const firstChoice = new Int32Array(m)
  const applicants = new Int32Array(m)
  const eligible = new Int32Array(m)
  const { start, values } = c.ranking
  for (let p = 0; p < c.participantCount; p++) if (start[p + 1] > start[p]) firstChoice[values[start[p]]]++
  for (let i = 0; i < values.length; i++) applicants[values[i]]++
  for (let i = 0; i < c.acceptable.count; i++) eligible[c.acceptable.entries[ENTRY_SIZE * i + ENTRY_OFFERING]]++
  const tags = reportTags(c)
  const admitted = new Int32Array(m)
  const byRound = new Int32Array(m * rounds)
  const tagCount = new Int32Array(m * tags.length)
  const reserveUsed = new Int32Array(c.reserveTag.length)
  for (let i = 0; i < assignment.participant.length; i++) {
    const p = assignment.participant[i]
    const o = assignment.offering[i]
    admitted[o]++
    byRound[o * rounds + assignment.round[i] - 1]++
    if (assignment.seat[i] >= 0) reserveUsed[assignment.seat[i]]++
    tags.forEach((tag, t) => {
      if (tag.index >= 0 && hasTag(c, p, tag.index)) tagCount[o * tags.length + t]++
    })
  }
  const { openCutoff, reserveCutoff } = assignment.firstRound
  return c.offerings.map((offering, o) => ({
    offering: offering.id,
    activity: offering.activity ?? offering.id,
    capacity: offering.capacity,
    admitted: admitted[o],
    admittedByRound: Array.from(byRound.subarray(o * rounds, (o + 1) * rounds)),
    firstChoice: firstChoice[o],
    applicants: applicants[o],
    eligibleApplicants: eligible[o],
    cutoff: priorityOf(c, openCutoff[o]),
    reserves: (offering.reserved ?? []).map((reserve, i) => {
      const r = c.reserveStart[o] + i
      return { tag: reserve.tag, seats: reserve.seats, used: reserveUsed[r], cutoff: priorityOf(c, reserveCutoff[r]) }
    }),
    tagShares: Object.fromEntries(tags.map((tag, t) => [tag.name, share(tagCount[o * tags.length + t], admitted[o])])),
  }))
}
