import { deferredAcceptanceRound } from './deferredAcceptance.js'
import { Holdings } from './Holdings.js'
import type { RoundMechanism, RoundOutcome } from './round.js'
import { maxCoverageRound } from './maxCoverageRound.js'
import type { CompiledInstance } from './CompiledInstance.js'
import type { Mechanism } from './types.js'

const ROUND_MECHANISMS: Record<Mechanism, RoundMechanism> = {
  'deferred-acceptance': deferredAcceptanceRound,
  'max-coverage': maxCoverageRound,
}

/** All placements of a match as parallel arrays, in the order the rounds made them. */
export interface Assignment {
  mechanism: Mechanism
  participant: Int32Array
  offering: Int32Array
  round: Int32Array
  /** Reserve number whose seat it took, or -1 for an open seat. */
  seat: Int32Array
  /** The first round's outcome: its cut-offs explain who was not placed. */
  firstRound: RoundOutcome
}

/**
 * Runs `maxPlacements` rounds of a mechanism. Round r runs on the seats earlier rounds left, and each
 * participant's acceptable offerings exclude those already held and those whose sessions overlap them,
 * so everybody's first placement comes before anybody's second. Reserved seats left unused by a round
 * stay reserved in the next, within the capacity left.
 */
export function runRounds(c: CompiledInstance, mechanism: Mechanism): Assignment {
  const roundOf = ROUND_MECHANISMS[mechanism]
  const n = c.participantCount
  const capacityLeft = c.capacity.slice()
  const reserveUsed = new Int32Array(c.reserveTag.length)
  const reserveLeft = new Int32Array(c.reserveTag.length)
  const holdings = new Holdings(n, c.maxPlacements)
  const most = Math.min(
    n * c.maxPlacements,
    c.capacity.reduce((sum, seats) => sum + seats, 0),
  )
  const participant = new Int32Array(most)
  const offering = new Int32Array(most)
  const round = new Int32Array(most)
  const seat = new Int32Array(most)
  let count = 0
  let firstRound: RoundOutcome | undefined

  for (let r = 1; r <= c.maxPlacements; r++) {
    for (let o = 0; o < c.offeringCount; o++) {
      let left = capacityLeft[o]
      for (let q = c.reserveStart[o]; q < c.reserveStart[o + 1]; q++) {
        reserveLeft[q] = Math.min(c.reserveSeats[q] - reserveUsed[q], left)
        left -= reserveLeft[q]
      }
    }
    const outcome = roundOf(c, { capacityLeft, reserveLeft, holdings: r === 1 ? null : holdings })
    firstRound ??= outcome
    const before = count
    for (let p = 0; p < n; p++) {
      const o = outcome.offeringOf[p]
      if (o < 0) continue
      participant[count] = p
      offering[count] = o
      round[count] = r
      seat[count++] = outcome.seatOf[p]
      capacityLeft[o]--
      if (outcome.seatOf[p] >= 0) reserveUsed[outcome.seatOf[p]]++
      holdings.add(p, o)
    }
    if (count === before) break
  }
  return {
    mechanism,
    participant: participant.slice(0, count),
    offering: offering.slice(0, count),
    round: round.slice(0, count),
    seat: seat.slice(0, count),
    firstRound: firstRound as RoundOutcome,
  }
}
