/**
 * The laws a matching must obey, checked independently of the matcher: acceptability, priority and the
 * choice function are re-implemented here from the wording, on plain instance data.
 */
import { expect } from 'vitest'
import type { Instance, Offering, Participant, Result } from '@mukana/matcher'

const minutes = (clock: string): number => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3))

export function acceptable(participant: Participant, offering: Offering): boolean {
  if (!participant.ranking.includes(offering.id)) return false
  const tags = participant.tags ?? []
  if (offering.onlyTags?.length && !offering.onlyTags.some((tag) => tags.includes(tag))) return false
  if (offering.grades?.length && (participant.grade === undefined || !offering.grades.includes(participant.grade))) return false
  if (participant.available) {
    for (const s of offering.sessions ?? []) {
      const fits = participant.available.some((w) => w.day === s.day && minutes(w.start) <= minutes(s.start) && minutes(s.end) <= minutes(w.end))
      if (!fits) return false
    }
  }
  return true
}

export function overlap(a: Offering, b: Offering): boolean {
  return (a.sessions ?? []).some((x) =>
    (b.sessions ?? []).some((y) => x.day === y.day && minutes(x.start) < minutes(y.end) && minutes(y.start) < minutes(x.end)),
  )
}

/** Negative when participant a comes before b at the offering. */
export function comparePriority(instance: Instance, lottery: Record<string, number>, offering: Offering, a: number, b: number): number {
  const tagged = (i: number): number => (offering.priorityTags?.some((tag) => instance.participants[i].tags?.includes(tag)) ? 0 : 1)
  const pa = instance.participants[a]
  const pb = instance.participants[b]
  return tagged(a) - tagged(b) || lottery[pa.id] - lottery[pb.id] || a - b
}

/** The offering's choice from a set of participant indices, written literally from the spec. */
export function choose(instance: Instance, lottery: Record<string, number>, offering: Offering, applicants: number[]): Set<number> {
  const sorted = [...applicants].sort((a, b) => comparePriority(instance, lottery, offering, a, b))
  const chosen = new Set<number>()
  let room = offering.capacity
  for (const reserve of offering.reserved ?? []) {
    let seats = reserve.seats
    for (const i of sorted) {
      if (seats > 0 && room > 0 && !chosen.has(i) && instance.participants[i].tags?.includes(reserve.tag)) {
        chosen.add(i)
        seats--
        room--
      }
    }
  }
  for (const i of sorted) {
    if (room > 0 && !chosen.has(i)) {
      chosen.add(i)
      room--
    }
  }
  return chosen
}

/** assignment[i] = offering index or -1, for maxPlacements = 1. */
export function assignmentOf(instance: Instance, result: Result): number[] {
  const participantIndex = new Map(instance.participants.map((p, i) => [p.id, i]))
  const offeringIndex = new Map(instance.offerings.map((o, i) => [o.id, i]))
  const assignment: number[] = instance.participants.map(() => -1)
  for (const placement of result.placements) {
    assignment[participantIndex.get(placement.participant) as number] = offeringIndex.get(placement.offering) as number
  }
  return assignment
}

/** How much a participant likes an offering: its position in the ranking, Infinity for none or unranked. */
export function rankIn(participant: Participant, instance: Instance, o: number): number {
  if (o < 0) return Infinity
  const at = participant.ranking.indexOf(instance.offerings[o].id)
  return at < 0 ? Infinity : at
}

/** A blocking pair (participant, offering) of a single-round assignment, or null when it is stable. */
export function blockingPair(instance: Instance, lottery: Record<string, number>, assignment: number[]): [number, number] | null {
  const admitted = instance.offerings.map((_, o) => assignment.flatMap((a, i) => (a === o ? [i] : [])))
  for (let o = 0; o < instance.offerings.length; o++) {
    const offering = instance.offerings[o]
    // The offering would not keep everybody it holds (over capacity).
    if (choose(instance, lottery, offering, admitted[o]).size !== admitted[o].length) return [-1, o]
  }
  for (let i = 0; i < instance.participants.length; i++) {
    const participant = instance.participants[i]
    for (let o = 0; o < instance.offerings.length; o++) {
      const offering = instance.offerings[o]
      if (!acceptable(participant, offering)) continue
      if (rankIn(participant, instance, o) >= rankIn(participant, instance, assignment[i])) continue
      if (choose(instance, lottery, offering, [...admitted[o], i]).has(i)) return [i, o]
    }
  }
  return null
}

/** Capacity, eligibility, no offering twice and no overlapping sessions, for any number of rounds. */
export function expectFeasible(instance: Instance, result: Result): void {
  const offerings = new Map(instance.offerings.map((o) => [o.id, o]))
  const participants = new Map(instance.participants.map((p) => [p.id, p]))
  const load = new Map<string, number>()
  const held = new Map<string, Offering[]>()
  const sorted = [...result.placements].sort((a, b) => a.round - b.round)
  for (const placement of sorted) {
    const offering = offerings.get(placement.offering) as Offering
    const participant = participants.get(placement.participant) as Participant
    expect(acceptable(participant, offering), `${placement.participant} may join ${placement.offering}`).toBe(true)
    expect(placement.rank).toBe(participant.ranking.indexOf(offering.id) + 1)
    const mine = held.get(participant.id) ?? []
    expect(placement.round, `${participant.id}'s placements come one a round`).toBe(mine.length + 1)
    for (const other of mine) {
      expect(other.id).not.toBe(offering.id)
      expect(overlap(other, offering), `${participant.id}: ${other.id} and ${offering.id} overlap`).toBe(false)
    }
    held.set(participant.id, [...mine, offering])
    load.set(offering.id, (load.get(offering.id) ?? 0) + 1)
  }
  for (const offering of instance.offerings) expect(load.get(offering.id) ?? 0).toBeLessThanOrEqual(offering.capacity)
  expect(result.placements.length).toBeLessThanOrEqual(instance.participants.length * (instance.maxPlacements ?? 1))
}

/** Every assignment (one offering or none per participant) within capacity, by enumeration. */
export function* allAssignments(instance: Instance): Generator<number[]> {
  const options = instance.participants.map((participant) => [
    -1,
    ...instance.offerings.flatMap((offering, o) => (acceptable(participant, offering) ? [o] : [])),
  ])
  const current: number[] = []
  function* walk(i: number): Generator<number[]> {
    if (i === options.length) {
      const load = new Map<number, number>()
      for (const o of current) if (o >= 0) load.set(o, (load.get(o) ?? 0) + 1)
      if ([...load].every(([o, count]) => count <= instance.offerings[o].capacity)) yield [...current]
      return
    }
    for (const o of options[i]) {
      current.push(o)
      yield* walk(i + 1)
      current.pop()
    }
  }
  yield* walk(0)
}
