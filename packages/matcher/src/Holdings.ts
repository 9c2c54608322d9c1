import { sessionsOverlap } from './eligibility.js'
import type { CompiledInstance } from './compileInstance.js'

/** The offerings each participant holds from earlier rounds. */
export class Holdings {
  private readonly offering: Int32Array
  readonly count: Int32Array

  constructor(
    participantCount: number,
    private readonly perParticipant: number,
  ) {
    this.offering = new Int32Array(participantCount * perParticipant)
    this.count = new Int32Array(participantCount)
  }

  add(p: number, o: number): void {
    this.offering[p * this.perParticipant + this.count[p]++] = o
  }

  /** True when p already holds o, or an offering whose sessions overlap o's. */
  conflicts(c: CompiledInstance, p: number, o: number): boolean {
    for (let i = p * this.perParticipant, end = i + this.count[p]; i < end; i++) {
      const held = this.offering[i]
      if (held === o || sessionsOverlap(c, held, o)) return true
    }
    return false
  }
}

/** What a round starts from: the seats earlier rounds left, and what each participant already holds. */
export interface RoundInput {
  capacityLeft: Int32Array
  reserveLeft: Int32Array
  /** Null in the first round, when nobody holds anything yet. */
  holdings: Holdings | null
}

/** What one round decided. Priorities are keys from `priorityKey`; -1 means none. */
export interface RoundOutcome {
  /** Offering given to each participant in this round, or -1. */
  offeringOf: Int32Array
  /** The reserve whose seat the participant took, or -1 for an open seat. */
  seatOf: Int32Array
  /** Per offering: the key of the last admitted to an open seat when the open seats filled, else -1. */
  openCutoff: Int32Array
  /** Per reserve: the key of its last admitted when it filled, else -1. */
  reserveCutoff: Int32Array
}

export type RoundMechanism = (c: CompiledInstance, input: RoundInput) => RoundOutcome
