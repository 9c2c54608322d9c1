import type { Offering, RefusalWhy } from './types.js'

/** Lists of small integers packed into two arrays: item i owns values[start[i] .. start[i + 1]). */
export interface PackedLists {
  start: Int32Array
  values: Int32Array
}

/**
 * An instance as indices and typed arrays, which the mechanisms run on: participants and offerings are
 * numbered in input order, tags are interned, weekly times are minutes of the week.
 */
export interface CompiledInstance {
  seed: number
  /** The instance's `reportTags`, when it gives them. */
  reportTags: string[] | undefined
  offerings: Offering[]
  participantIds: string[]
  participantCount: number
  offeringCount: number
  maxPlacements: number
  offeringIndex: Map<string, number>
  tagIndex: Map<string, number>
  // Participants
  ranking: PackedLists
  tags: PackedLists
  /** -1 when not given. */
  grade: Int32Array
  /** 1 when the participant gave availability windows (sessions must fit in them). */
  hasAvailability: Uint8Array
  /** Availability windows: [from, to) minutes of the week, packed as pairs. */
  available: PackedLists
  lottery: Float64Array
  /** Position in the single lottery shared by all offerings: 0 is served first. */
  lotteryRank: Int32Array
  /** byLotteryRank[r] = the participant at position r. */
  byLotteryRank: Int32Array
  // Offerings
  capacity: Int32Array
  onlyTags: PackedLists
  priorityTags: PackedLists
  grades: PackedLists
  /** Weekly sessions: [from, to) minutes of the week, packed as pairs. */
  sessions: PackedLists
  /** The reserves of offering o are reserve numbers reserveStart[o] .. reserveStart[o + 1]. */
  reserveStart: Int32Array
  reserveTag: Int32Array
  reserveSeats: Int32Array
  // Derived: what the mechanisms iterate over
  acceptable: AcceptableLists
}

/**
 * Per participant, the ranked offerings it may join (tags, grade and sessions fit), best first, as
 * records of ENTRY_SIZE integers side by side (one cache line serves a proposal): offering, priority key
 * there, which of its reserves the participant fits (bit j for its j-th reserve), and rank (0-based
 * position in the ranking). Participant p's records are entries[ENTRY_SIZE * start[p] ..< ENTRY_SIZE * start[p + 1]].
 */
export interface AcceptableLists {
  start: Int32Array
  entries: Int32Array
  count: number
  /**
   * Beside each ranking entry (c.ranking.values[i]): 0 when the participant may join the offering, else
   * 1 + the index of why not in REFUSAL_WHYS. Reports read it instead of asking again.
   */
  refusal: Uint8Array
}
export const REFUSAL_WHYS: readonly RefusalWhy[] = ['only-tags', 'grade', 'sessions-outside-availability']

/** Why the ranking entry c.ranking.values[i] cannot be joined, or null when it can. */
export function refusalAt(c: { acceptable: Pick<AcceptableLists, 'refusal'> }, i: number): RefusalWhy | null {
  const why = c.acceptable.refusal[i]
  return why === 0 ? null : REFUSAL_WHYS[why - 1]
}
export const ENTRY_OFFERING = 0
export const ENTRY_KEY = 1
export const ENTRY_RESERVES = 2
export const ENTRY_RANK = 3
export const ENTRY_SIZE = 4
