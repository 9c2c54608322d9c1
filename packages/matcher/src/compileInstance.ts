import { drawLottery } from './drawLottery.js'
import { hasTag, priorityKey, refusalOf } from './eligibility.js'
import { orderByLottery } from './orderByLottery.js'
import { checkInstance } from './validateInstance.js'
import { spanFrom, spanTo } from './weeklyTime.js'
import type { Instance, WeeklySpan } from './types.js'

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
  instance: Instance
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
}
export const ENTRY_OFFERING = 0
export const ENTRY_KEY = 1
export const ENTRY_RESERVES = 2
export const ENTRY_RANK = 3
export const ENTRY_SIZE = 4

function pack<T>(items: readonly T[], pick: (item: T) => readonly number[] | undefined): PackedLists {
  const start = new Int32Array(items.length + 1)
  const lists = items.map(pick)
  for (let i = 0; i < items.length; i++) start[i + 1] = start[i] + (lists[i]?.length ?? 0)
  const values = new Int32Array(start[items.length])
  for (let i = 0; i < items.length; i++) {
    const list = lists[i]
    if (list) for (let j = 0; j < list.length; j++) values[start[i] + j] = list[j]
  }
  return { start, values }
}

/** Weekly spans as [from, to) pairs of minutes of the week. */
function packSpans<T>(items: readonly T[], pick: (item: T) => readonly WeeklySpan[] | undefined): PackedLists {
  const start = new Int32Array(items.length + 1)
  for (let i = 0; i < items.length; i++) start[i + 1] = start[i] + 2 * (pick(items[i])?.length ?? 0)
  const values = new Int32Array(start[items.length])
  for (let i = 0; i < items.length; i++) {
    const spans = pick(items[i])
    if (!spans) continue
    for (let j = 0, at = start[i]; j < spans.length; j++, at += 2) {
      values[at] = spanFrom(spans[j])
      values[at + 1] = spanTo(spans[j])
    }
  }
  return { start, values }
}

/**
 * Validates an instance (see validateInstance; throws MatchInputError) and indexes it for the mechanisms.
 * The lottery is drawn here, once, from the seed and the ids.
 */
export function compileInstance(input: unknown): CompiledInstance {
  const { instance, ranking } = checkInstance(input)
  const { offerings, participants } = instance
  const offeringIndex = new Map<string, number>()
  offerings.forEach((offering, i) => offeringIndex.set(offering.id, i))
  const tagIndex = new Map<string, number>()
  const tagOf = (tag: string): number => {
    let index = tagIndex.get(tag)
    if (index === undefined) {
      index = tagIndex.size
      tagIndex.set(tag, index)
    }
    return index
  }
  const tagsOf = (tags: readonly string[] | undefined): number[] | undefined => tags?.map(tagOf)

  const n = participants.length
  const grade = new Int32Array(n)
  const hasAvailability = new Uint8Array(n)
  const lottery = new Float64Array(n)
  for (let p = 0; p < n; p++) {
    const participant = participants[p]
    grade[p] = participant.grade ?? -1
    hasAvailability[p] = participant.available ? 1 : 0
    lottery[p] = participant.lottery ?? drawLottery(instance.seed, participant.id)
  }
  const lotteryRank = orderByLottery(lottery)
  const byLotteryRank = new Int32Array(n)
  for (let p = 0; p < n; p++) byLotteryRank[lotteryRank[p]] = p

  const reserves = offerings.map((offering) => offering.reserved ?? [])
  const reserveStart = new Int32Array(offerings.length + 1)
  reserves.forEach((list, o) => (reserveStart[o + 1] = reserveStart[o] + list.length))
  const flat = reserves.flat()

  const compiled: CompiledInstance = {
    instance,
    participantCount: n,
    offeringCount: offerings.length,
    maxPlacements: instance.maxPlacements ?? 1,
    offeringIndex,
    tagIndex,
    ranking,
    tags: pack(participants, (p) => tagsOf(p.tags)),
    grade,
    hasAvailability,
    available: packSpans(participants, (p) => p.available),
    lottery,
    lotteryRank,
    byLotteryRank,
    capacity: Int32Array.from(offerings, (offering) => offering.capacity),
    onlyTags: pack(offerings, (o) => tagsOf(o.onlyTags)),
    priorityTags: pack(offerings, (o) => tagsOf(o.priorityTags)),
    grades: pack(offerings, (o) => o.grades),
    sessions: packSpans(offerings, (o) => o.sessions),
    reserveStart,
    reserveTag: Int32Array.from(flat, (reserve) => tagOf(reserve.tag)),
    reserveSeats: Int32Array.from(flat, (reserve) => reserve.seats),
    acceptable: { start: new Int32Array(0), entries: new Int32Array(0), count: 0 },
  }
  compiled.acceptable = filterAcceptable(compiled)
  return compiled
}

/** Acceptability does not change while matching, so each ranking is filtered once, here. */
function filterAcceptable(c: CompiledInstance): AcceptableLists {
  const { start: rankingStart, values } = c.ranking
  const start = new Int32Array(c.participantCount + 1)
  const entries = new Int32Array(ENTRY_SIZE * values.length)
  let count = 0
  for (let p = 0; p < c.participantCount; p++) {
    start[p] = count
    for (let i = rankingStart[p]; i < rankingStart[p + 1]; i++) {
      const o = values[i]
      if (refusalOf(c, p, o) !== null) continue
      let fits = 0
      for (let q = c.reserveStart[o], j = 0; q < c.reserveStart[o + 1]; q++, j++) if (hasTag(c, p, c.reserveTag[q])) fits |= 1 << j
      const at = ENTRY_SIZE * count++
      entries[at + ENTRY_OFFERING] = o
      entries[at + ENTRY_KEY] = priorityKey(c, p, o)
      entries[at + ENTRY_RESERVES] = fits
      entries[at + ENTRY_RANK] = i - rankingStart[p]
    }
  }
  start[c.participantCount] = count
  return { start, entries: entries.subarray(0, ENTRY_SIZE * count), count }
}
