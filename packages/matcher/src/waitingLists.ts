import { compileInstance } from './compileInstance.js'
import { ENTRY_KEY, ENTRY_OFFERING, ENTRY_RANK, ENTRY_SIZE } from './CompiledInstance.js'
import type { Instance, Result } from './types.js'

/**
 * For each offering, the participants who would take a seat there over what they got, in the
 * offering's priority order: those who found it acceptable, do not hold it, and either hold fewer than
 * `maxPlacements` offerings or ranked it above one they hold. When a seat frees, it is offered down
 * this list.
 */
export function waitingLists(instance: Instance, result: Result): Record<string, string[]> {
  const c = compileInstance(instance)
  const { participants, offerings } = instance
  const participantIndex = new Map(participants.map((p, i) => [p.id, i]))
  const held: { offering: number; rank: number }[][] = participants.map(() => [])
  for (const placement of result.placements) {
    held[participantIndex.get(placement.participant) as number].push({ offering: c.offeringIndex.get(placement.offering) as number, rank: placement.rank })
  }
  const queues: [key: number, participant: number][][] = offerings.map(() => [])
  const { start, entries } = c.acceptable
  for (let p = 0; p < c.participantCount; p++) {
    const worst = held[p].length < c.maxPlacements ? Infinity : Math.max(...held[p].map((h) => h.rank))
    for (let i = ENTRY_SIZE * start[p]; i < ENTRY_SIZE * start[p + 1]; i += ENTRY_SIZE) {
      const o = entries[i + ENTRY_OFFERING]
      const rank = entries[i + ENTRY_RANK] + 1
      if (rank >= worst || held[p].some((h) => h.offering === o)) continue
      queues[o].push([entries[i + ENTRY_KEY], p])
    }
  }
  return Object.fromEntries(offerings.map((offering, o) => [offering.id, queues[o].sort((a, b) => a[0] - b[0]).map(([, p]) => participants[p].id)]))
}
