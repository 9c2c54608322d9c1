import type { CompiledInstance } from './CompiledInstance.js'
import type { Holdings } from './Holdings.js'

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
