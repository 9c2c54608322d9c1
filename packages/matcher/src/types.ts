/**
 * The public exchange format of the matcher (`mukana-match/1`): plain JSON in, plain JSON out.
 *
 * Terminology
 * - Offering: something with seats that participants rank: a hobby group, or a culture track.
 * - Participant: somebody who ranks offerings: a pupil, or a child registered for culture godchildren.
 * - Tag: a free-form label on a participant ("girl", "school:kontula"); offerings refer to tags to
 *   reserve seats (`reserved`), to restrict who may join (`onlyTags`) and to give priority (`priorityTags`).
 * - Acceptable: an offering the participant ranked and may join (tags, grade, weekly sessions fit).
 * - Priority: the order in which an offering prefers applicants: carriers of a priority tag first,
 *   then by lottery number, lowest first.
 * - Reserve: seats an offering holds for carriers of a tag; seats a reserve cannot fill go to anyone.
 * - Round: with `maxPlacements` k > 1 the matcher runs k rounds; round r gives each participant at
 *   most their r-th placement, so everybody's first placement comes before anybody's second.
 * - Cut-off: the priority of the last participant an offering admitted into a kind of seat; anybody
 *   with a better priority who applied was admitted.
 */

export const INSTANCE_FORMAT = 'mukana-match/1'
export const RESULT_FORMAT = 'mukana-match-result/1'

export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type Day = (typeof DAYS)[number]

/** A weekly time span: a session of an offering, or a window when a participant is free. */
export interface WeeklySpan {
  day: Day
  /** "HH:MM", 24-hour clock. */
  start: string
  /** "HH:MM", after `start`. */
  end: string
}

export interface Reserve {
  tag: string
  seats: number
}

export interface Offering {
  id: string
  capacity: number
  /** What the offering is (e.g. "football"); the planning report groups by it. Defaults to the id. */
  activity?: string
  reserved?: Reserve[]
  onlyTags?: string[]
  priorityTags?: string[]
  grades?: number[]
  sessions?: WeeklySpan[]
}

export interface Participant {
  id: string
  /** Offering ids, most wanted first. */
  ranking: string[]
  tags?: string[]
  grade?: number
  /** Lower is served first; drawn from the instance seed when absent. */
  lottery?: number
  /** When given, every session of an offering must lie inside one of these windows. */
  available?: WeeklySpan[]
}

export interface Instance {
  format: typeof INSTANCE_FORMAT
  seed: number
  maxPlacements?: number
  /** Tags whose carriers the report follows separately; defaults to the tags of all reserves and onlyTags. */
  reportTags?: string[]
  offerings: Offering[]
  participants: Participant[]
}

export type Mechanism = 'deferred-acceptance' | 'max-coverage'
export const MECHANISMS: readonly Mechanism[] = ['deferred-acceptance', 'max-coverage']

/** The priority of a participant at an offering, as shown in reports. Lower sorts first. */
export interface Priority {
  priorityTag: boolean
  lottery: number
}

export interface Placement {
  participant: string
  offering: string
  /** 1-based position of the offering in the participant's ranking. */
  rank: number
  /** 1-based round that made this placement. */
  round: number
  /** The tag of the reserve whose seat it took; absent for an open seat. */
  reserve?: string
}

export type UnplacedReason = 'ranked-nothing' | 'no-acceptable-offering' | 'acceptable-offerings-full'

/** Why a ranked offering was not acceptable to a participant, whatever its seats. */
export type RefusalWhy = 'only-tags' | 'grade' | 'sessions-outside-availability'

export interface Refusal {
  offering: string
  why: RefusalWhy
}

export interface Unplaced {
  participant: string
  reason: UnplacedReason
  /**
   * The ranked offerings the participant could not join, and why. Every other ranked offering was
   * acceptable but full: its report has the cut-offs the participant's priority did not reach.
   */
  unacceptable: Refusal[]
}

/** A participant's ranked offerings it could not join whatever their seats (placed or not), and why. */
export interface Refused {
  participant: string
  unacceptable: Refusal[]
}

export interface ReserveReport {
  tag: string
  seats: number
  /** Seats of this reserve taken by its tag's carriers (in all rounds). */
  used: number
  /** Round-1 cut-off for this reserve; null when the reserve did not fill. */
  cutoff: Priority | null
}

export interface OfferingReport {
  offering: string
  activity: string
  capacity: number
  admitted: number
  admittedByRound: number[]
  /** Participants who ranked it first / at all. */
  firstChoice: number
  applicants: number
  /** Participants for whom it was acceptable. */
  eligibleApplicants: number
  /** Round-1 cut-off of the open seats; null when they did not fill (anyone acceptable got in). */
  cutoff: Priority | null
  reserves: ReserveReport[]
  /** Share of admitted carrying each report tag. */
  tagShares: Record<string, number>
}

export interface TagSummary {
  participants: number
  placed: number
  share: number
}

export interface Summary {
  participants: number
  placed: number
  placedShare: number
  placements: number
  /** rankHistogram[i] = placements at rank i + 1. */
  rankHistogram: number[]
  firstChoiceShare: number
  top3Share: number
  unplacedByReason: Record<UnplacedReason, number>
  /** Per report tag: its carriers, and (under `without:TAG`) everybody else. */
  byTag: Record<string, TagSummary>
  seats: number
  seatsFilled: number
}

export interface PlanningSuggestion {
  /** `another-group`: a copy of a full group (same activity and sessions) would place these participants;
   *  `other-time`: the activity at a time that fits them (its groups' sessions do not). */
  kind: 'another-group' | 'other-time'
  activity: string
  sessions: WeeklySpan[] | null
  /** The existing offerings the suggestion is modelled on. */
  basedOn: string[]
  /** Unplaced participants who ranked such an offering. */
  interested: number
  /** How many of them a group of `capacity` seats would place (greedy, after earlier suggestions). */
  wouldPlace: number
  capacity: number
}

export interface MechanismOutline {
  mechanism: Mechanism
  placed: number
  placedShare: number
  rankHistogram: number[]
}

export interface Comparison extends Partial<MechanismOutline> {
  mechanism: Mechanism
  /** Set when the other mechanism was not run, and why. */
  skipped?: string
}

export interface Result {
  format: typeof RESULT_FORMAT
  mechanism: Mechanism
  seed: number
  maxPlacements: number
  placements: Placement[]
  unplaced: Unplaced[]
  /** Every participant with ranked offerings it could not join, placed or not (families read why). */
  refused: Refused[]
  lottery: Record<string, number>
  offerings: OfferingReport[]
  summary: Summary
  planning: PlanningSuggestion[]
  comparison: Comparison
}
