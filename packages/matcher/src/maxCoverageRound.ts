import { chooseApplicants, type Applicant } from './chooseApplicants.js'

import { FlowNetwork } from './FlowNetwork.js'
import { minCostMaxFlow } from './minCostMaxFlow.js'
import { ENTRY_KEY, ENTRY_OFFERING, ENTRY_RANK, ENTRY_SIZE, type CompiledInstance } from './CompiledInstance.js'
import type { RoundInput, RoundOutcome } from './round.js'

/** The priority key of an admitted (hence acceptable) participant at an offering. */
function keyAt(c: CompiledInstance, p: number, o: number): number {
  const { start, entries } = c.acceptable
  for (let i = start[p]; i < start[p + 1]; i++) if (entries[ENTRY_SIZE * i + ENTRY_OFFERING] === o) return entries[ENTRY_SIZE * i + ENTRY_KEY]
  throw new Error(`participant ${p} cannot join offering ${o}`)
}

/**
 * One round of the max-coverage mechanism: places as many participants as possible, and among those
 * assignments one with the least sum of ranks (a min-cost max-flow). It ignores priorities, so it is not
 * stable and not strategy-proof: a participant can gain by misreporting. Reserves only label seats
 * afterwards (which admitted participants sit in reserved seats); they do not steer the assignment.
 */
export function maxCoverageRound(c: CompiledInstance, input: RoundInput): RoundOutcome {
  const n = c.participantCount
  const m = c.offeringCount
  const { capacityLeft, reserveLeft, holdings } = input
  const { start, entries, count } = c.acceptable
  const source = n + m
  const sink = n + m + 1
  const network = new FlowNetwork(n + m + 2, n + count + m)
  const choiceEdges: number[] = []
  const choiceOf: number[] = []
  for (let p = 0; p < n; p++) {
    let linked = false
    for (let i = ENTRY_SIZE * start[p]; i < ENTRY_SIZE * start[p + 1]; i += ENTRY_SIZE) {
      const o = entries[i + ENTRY_OFFERING]
      if (capacityLeft[o] === 0 || (holdings !== null && holdings.conflicts(c, p, o))) continue
      choiceEdges.push(network.addEdge(p, n + o, 1, entries[i + ENTRY_RANK]))
      choiceOf.push(p, o)
      linked = true
    }
    if (linked) network.addEdge(source, p, 1, 0)
  }
  for (let o = 0; o < m; o++) if (capacityLeft[o] > 0) network.addEdge(n + o, sink, capacityLeft[o], 0)
  minCostMaxFlow(network, source, sink)

  const offeringOf = new Int32Array(n).fill(-1)
  const admittedTo: number[][] = Array.from({ length: m }, () => [])
  choiceEdges.forEach((e, i) => {
    if (network.flow(e) === 0) return
    const p = choiceOf[2 * i]
    const o = choiceOf[2 * i + 1]
    offeringOf[p] = o
    admittedTo[o].push(p)
  })

  const seatOf = new Int32Array(n).fill(-1)
  for (let o = 0; o < m; o++) {
    const first = c.reserveStart[o]
    const last = c.reserveStart[o + 1]
    if (admittedTo[o].length === 0 || first === last) continue
    const applicants: Applicant[] = admittedTo[o].map((p) => ({
      key: keyAt(c, p, o),
      tags: Array.from(c.tags.values.subarray(c.tags.start[p], c.tags.start[p + 1])),
    }))
    const reserves = []
    for (let r = first; r < last; r++) reserves.push({ tag: c.reserveTag[r], seats: reserveLeft[r] })
    for (const [i, reserve] of chooseApplicants(applicants, capacityLeft[o], reserves)) {
      seatOf[admittedTo[o][i]] = reserve < 0 ? -1 : first + reserve
    }
  }
  return {
    offeringOf,
    seatOf,
    openCutoff: new Int32Array(m).fill(-1),
    reserveCutoff: new Int32Array(c.reserveTag.length).fill(-1),
  }
}
