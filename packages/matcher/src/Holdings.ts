import { sessionsOverlap } from './eligibility.js'
import type { CompiledInstance } from './CompiledInstance.js'

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
