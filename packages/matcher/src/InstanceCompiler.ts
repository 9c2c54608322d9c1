import { at, checkHeader, checkOffering, checkParticipant, checkText, describe, isObject, IssueList, show } from './checkItems.js'
import { filterAcceptable } from './filterAcceptable.js'
import { GrowableInt32 } from './GrowableArray.js'
import { MatchInputError } from './MatchInputError.js'
import { orderByLottery } from './orderByLottery.js'
import { pack, packSpans } from './packLists.js'
import { TextNumbers } from './TextNumbers.js'
import { drawLottery } from './drawLottery.js'
import { spanFrom, spanTo } from './weeklyTime.js'
import { asciiHash, TextBytes, TEXT, type ParticipantPart } from './ParticipantPart.js'
import type { CompiledInstance } from './CompiledInstance.js'
import type { Instance, Offering, WeeklySpan } from './types.js'

/**
 * How an instance is compiled for the command line's two threads: its participants' columns in shared
 * memory (`shared`), its acceptable lists left to fill in parts (`filter` false; see finish).
 */
export interface CompileOptions {
  filter?: boolean
  shared?: boolean
}

/**
 * Builds a CompiledInstance item by item, checking each as it arrives, so that an instance read a line
 * at a time never exists as half a million participant objects: a participant is checked, written into
 * the columns below, and dropped.
 *
 * Terminology
 * - Item: an offering or a participant, as one parsed object (or one line read by ParticipantLineReader).
 * - Offering number: given to an offering id when first seen, in a ranking or as an offering (a file may
 *   rank offerings before it lists them); `finish` turns numbers into offering indices, and names the
 *   ranked ids no offering had.
 * - Stamp: one per ranking read; an offering whose last stamp is the current one was ranked twice.
 */
export class InstanceCompiler {
  readonly issues = new IssueList()
  private header: Record<string, unknown> | undefined
  private readonly offerings: Offering[] = []
  private readonly offeringIds = new TextNumbers()
  /** Offering number → offering index, -1 until an offering with that id arrives. */
  private readonly offeringOf = new GrowableInt32()
  private readonly lastStamp = new GrowableInt32()
  /** Offering numbers that an offering has. */
  private offeringsNumbered = 0
  private stamp = 0
  private readonly tagNames = new TextNumbers()
  private readonly participantNumbers: TextNumbers
  /** Participant id's number → the participant that has it. */
  private readonly participantWithNumber: GrowableInt32

  // The participants, as columns: participant p's ranking is rankingValues[rankingStart[p] ..< rankingStart[p + 1]].
  readonly participantIds: string[] = []
  readonly rankingStart: GrowableInt32
  /** Offering numbers, -1 for an entry that is not an id (already reported). */
  readonly rankingValues: GrowableInt32
  readonly tagsStart: GrowableInt32
  readonly tagsValues: GrowableInt32
  /** [from, to) minutes of the week, in pairs. */
  readonly availableStart: GrowableInt32
  readonly availableValues: GrowableInt32
  private readonly grade: GrowableInt32
  private readonly hasAvailability: GrowableInt32
  /** NaN when not given: drawn from the seed in `finish`. */
  private readonly lottery: number[] = []
  /** The ids as bytes, for a compiler made with `idsApart`. */
  private readonly idsApart: TextBytes | null

  /**
   * `expectedParticipants`: how many are coming, when known (the columns start that large). `shared`:
   * the participants' columns are kept in shared memory, for another thread to read (filterAcceptable).
   * `idsApart`: ids are kept as bytes, not numbered, for a part read apart (see toPart).
   */
  constructor(expectedParticipants = 1024, shared = false, idsApart = false) {
    const n = Math.max(16, expectedParticipants)
    this.idsApart = idsApart ? new TextBytes(n) : null
    this.participantNumbers = new TextNumbers(n)
    this.participantWithNumber = new GrowableInt32(n)
    this.rankingStart = startsAtZero(n + 1, shared)
    this.rankingValues = new GrowableInt32(8 * n, shared)
    this.tagsStart = startsAtZero(n + 1, shared)
    this.tagsValues = new GrowableInt32(2 * n, shared)
    this.availableStart = startsAtZero(n + 1, shared)
    this.availableValues = new GrowableInt32(1024, shared)
    this.grade = new GrowableInt32(n, shared)
    this.hasAvailability = new GrowableInt32(n)
  }

  /** The instance's own fields: format, seed, maxPlacements, reportTags. */
  setHeader(header: Record<string, unknown>): void {
    checkHeader(this.issues, header)
    this.header = header
  }

  addOffering(value: unknown): void {
    const o = this.offerings.length
    this.offerings.push(value as Offering)
    if (!isObject(value)) return this.issues.add(at(`offerings[${o}]`), '', `must be an object, got ${show(value)}`)
    if (typeof value.id !== 'string' || value.id === '') checkText(this.issues, at(`offerings[${o}]`), '.id', value.id)
    else {
      const n = this.offeringNumber(value.id)
      const earlier = this.offeringOf.get(n)
      if (earlier >= 0) this.issues.add(at(`offerings[${o}]`), '.id', `duplicate id ${show(value.id)}, already used by offerings[${earlier}]`)
      else {
        this.offeringOf.set(n, o)
        this.offeringsNumbered++
      }
    }
    checkOffering(this.issues, describe('offerings', o, value.id), value)
  }

  /** A participant as a parsed object: every field is checked, and what is wrong is named. */
  addParticipant(value: unknown): void {
    const p = this.participantIds.length
    const found = this.issues.count
    if (!isObject(value)) {
      this.issues.add(at(`participants[${p}]`), '', `must be an object, got ${show(value)}`)
      return this.pushParticipant('', -1, 0, NaN)
    }
    const id = typeof value.id === 'string' && value.id !== '' ? value.id : ''
    if (id === '') checkText(this.issues, at(`participants[${p}]`), '.id', value.id)
    const where = describe('participants', p, value.id)
    const ranking = value.ranking
    if (!Array.isArray(ranking)) this.issues.add(where, '.ranking', `must be a list of offering ids, got ${show(ranking)}`)
    else {
      const stamp = this.nextStamp()
      for (let i = 0; i < ranking.length; i++) {
        const entry: unknown = ranking[i]
        if (typeof entry !== 'string') {
          this.issues.add(where, `.ranking[${i}]`, `must be an offering id, got ${show(entry)}`)
          this.rankingValues.push(-1)
          continue
        }
        const n = this.offeringNumber(entry)
        if (!this.firstTime(n, stamp)) this.issues.add(where, `.ranking[${i}]`, `names offering ${show(entry)} a second time`)
        this.rankingValues.push(n)
      }
    }
    checkParticipant(this.issues, where, value)
    // Fields with problems are not indexed: the instance is refused in `finish`.
    if (this.issues.count > found) return this.pushParticipant(id, -1, 0, NaN)
    const tags = value.tags as string[] | undefined
    if (tags) for (let i = 0; i < tags.length; i++) this.tagsValues.push(this.tagNumber(tags[i]!))
    const available = value.available as WeeklySpan[] | undefined
    if (available) {
      for (let i = 0; i < available.length; i++) {
        this.availableValues.push(spanFrom(available[i]!))
        this.availableValues.push(spanTo(available[i]!))
      }
    }
    this.pushParticipant(id, (value.grade as number | undefined) ?? -1, available ? 1 : 0, (value.lottery as number | undefined) ?? NaN)
  }

  /** Closes a participant whose ranking, tags and windows were pushed, and checks that its id is its own. */
  pushParticipant(id: string, grade: number, hasAvailability: number, lottery: number): void {
    if (this.idsApart) {
      this.idsApart.addText(id)
      this.closeParticipant('', -1, 0, grade, hasAvailability, lottery)
    } else {
      const known = this.participantNumbers.size
      this.closeParticipant(id, id === '' ? -1 : this.participantNumbers.numberOf(id), known, grade, hasAvailability, lottery)
    }
    this.closeLists()
  }

  /**
   * The same for a participant the line reader read, its id the ASCII bytes[start ..< end] of hash
   * `hash` (see hashText): the id table makes the id's string, once.
   */
  pushParticipantAt(bytes: Uint8Array, start: number, end: number, hash: number, grade: number, hasAvailability: number): void {
    if (this.idsApart) {
      this.idsApart.addBytes(bytes, start, end)
      this.closeParticipant('', -1, 0, grade, hasAvailability, NaN)
    } else {
      const known = this.participantNumbers.size
      const n = this.participantNumbers.numberAt(bytes, start, end, hash)
      this.closeParticipant(this.participantNumbers.text(n), n, known, grade, hasAvailability, NaN)
    }
    this.closeLists()
  }

  /** `n`: the id's number (-1 for no id); one below `known` was an earlier participant's. */
  private closeParticipant(id: string, n: number, known: number, grade: number, hasAvailability: number, lottery: number): void {
    const p = this.participantIds.length
    if (n >= 0) {
      if (n < known) {
        const earlier = this.participantWithNumber.get(n)
        this.issues.add(at(`participants[${p}]`), '.id', `duplicate id ${show(id)}, already used by participants[${earlier}]`)
      } else this.participantWithNumber.push(p)
    }
    this.participantIds.push(id)
    this.grade.push(grade)
    this.hasAvailability.push(hasAvailability)
    this.lottery.push(lottery)
  }

  /** Ends the last participant's ranking, tags and windows where the values pushed so far end. */
  private closeLists(): void {
    this.rankingStart.push(this.rankingValues.length)
    this.tagsStart.push(this.tagsValues.length)
    this.availableStart.push(this.availableValues.length)
  }

  /** The participants read so far, as a part (for a compiler made with `idsApart`: see appendPart). */
  toPart(): ParticipantPart {
    return {
      count: this.participantIds.length,
      ...this.idsApart!.view(),
      offeringIds: this.offeringIds.allTexts(),
      tagNames: this.tagNames.allTexts(),
      ranking: { start: this.rankingStart.view(), values: this.rankingValues.view() },
      tags: { start: this.tagsStart.view(), values: this.tagsValues.view() },
      available: { start: this.availableStart.view(), values: this.availableValues.view() },
      grade: this.grade.view(),
      hasAvailability: this.hasAvailability.view(),
      lottery: Float64Array.from(this.lottery),
    }
  }

  /**
   * Adds the participants of a part read on its own (by readParticipantPart), after those read here, as
   * if their lines had been read here: offering ids and tags get this compiler's numbers, and ids are
   * numbered here, an id used already (here or earlier in the part) named as a duplicate.
   */
  appendPart(part: ParticipantPart): void {
    // Read into locals once: a part that came from another thread is a dictionary-mode object.
    const { count, idBytes, idEnd, grade, hasAvailability, lottery, ranking, tags, available } = part
    const ids = this.participantNumbers
    const rankingBase = this.rankingValues.length
    const tagsBase = this.tagsValues.length
    const availableBase = this.availableValues.length
    this.rankingValues.append(
      ranking.values,
      Int32Array.from(part.offeringIds, (id) => this.offeringNumber(id)),
    )
    this.tagsValues.append(
      tags.values,
      Int32Array.from(part.tagNames, (name) => this.tagNumber(name)),
    )
    this.availableValues.append(available.values)
    for (let k = 0, from = 0; k < count; from = idEnd[k++]) {
      const known = ids.size
      const to = idEnd[k]
      let n = -1
      let id = ''
      if (from < to) {
        const hash = asciiHash(idBytes, from, to)
        if (hash === null) n = ids.numberOf((id = TEXT.decode(idBytes.subarray(from, to))))
        else id = ids.text((n = ids.numberAt(idBytes, from, to, hash)))
      }
      this.closeParticipant(id, n, known, grade[k], hasAvailability[k], lottery[k])
      this.rankingStart.push(rankingBase + ranking.start[k + 1])
      this.tagsStart.push(tagsBase + tags.start[k + 1])
      this.availableStart.push(availableBase + available.start[k + 1])
    }
  }

  offeringNumber(id: string): number {
    return this.numbered(this.offeringIds.numberOf(id))
  }

  /** The number of the offering id bytes[start ..< end] (ASCII), of hash `hash` (see hashText). */
  offeringNumberAt(bytes: Uint8Array, start: number, end: number, hash: number): number {
    return this.numbered(this.offeringIds.numberAt(bytes, start, end, hash))
  }

  /** An offering number, given room in the arrays by number when it is new. */
  private numbered(n: number): number {
    if (n === this.offeringOf.length) {
      this.offeringOf.push(-1)
      this.lastStamp.push(0)
    }
    return n
  }

  tagNumber(tag: string): number {
    return this.tagNames.numberOf(tag)
  }

  /** The number of the tag bytes[start ..< end] (ASCII), of hash `hash`. */
  tagNumberAt(bytes: Uint8Array, start: number, end: number, hash: number): number {
    return this.tagNames.numberAt(bytes, start, end, hash)
  }

  nextStamp(): number {
    return ++this.stamp
  }

  /** Whether offering number n is met for the first time in the ranking read under `stamp`. */
  firstTime(n: number, stamp: number): boolean {
    if (this.lastStamp.get(n) === stamp) return false
    this.lastStamp.set(n, stamp)
    return true
  }

  /**
   * Checks the instance and indexes it (throws MatchInputError on any problem). With `filter` false, its
   * acceptable lists are left empty, for the caller to fill (in ranges, perhaps in several threads: see
   * filterRange).
   */
  finish(filter = true): CompiledInstance {
    this.check()
    const ranking = { start: this.rankingStart.view(), values: this.rankingValues.view() }
    for (let i = 0; i < ranking.values.length; i++) ranking.values[i] = this.offeringOf.get(ranking.values[i])
    const compiled = this.index(ranking)
    if (filter) compiled.acceptable = filterAcceptable(compiled)
    return compiled
  }

  /** Names ranked ids that no offering has, then throws MatchInputError if anything was wrong. */
  check(): void {
    const ranking = { start: this.rankingStart.view(), values: this.rankingValues.view() }
    const { offeringOf, offeringIds } = this
    if (offeringIds.size > this.offeringsNumbered) {
      for (let p = 0; p < this.participantIds.length; p++) {
        for (let i = ranking.start[p]; i < ranking.start[p + 1]; i++) {
          const n = ranking.values[i]
          if (n < 0 || offeringOf.get(n) >= 0) continue
          const id = this.participantIds[p]
          const where = describe('participants', p, id === '' ? undefined : id)
          this.issues.add(where, `.ranking[${i - ranking.start[p]}]`, `names offering ${show(offeringIds.text(n))}, which does not exist`)
        }
      }
    }
    if (this.issues.issues.length > 0) throw new MatchInputError(this.issues.issues)
  }

  private index(ranking: CompiledInstance['ranking']): CompiledInstance {
    const header = this.header as unknown as Omit<Instance, 'offerings' | 'participants'>
    const { offerings, participantIds } = this
    const n = participantIds.length
    const lottery = new Float64Array(this.lottery)
    for (let p = 0; p < n; p++) if (Number.isNaN(lottery[p])) lottery[p] = drawLottery(header.seed, participantIds[p])
    const lotteryRank = orderByLottery(lottery)
    const byLotteryRank = new Int32Array(n)
    for (let p = 0; p < n; p++) byLotteryRank[lotteryRank[p]] = p
    const tagsOf = (tags: readonly string[] | undefined): number[] | undefined => tags?.map((tag) => this.tagNumber(tag))

    const reserves = offerings.map((offering) => offering.reserved ?? [])
    const reserveStart = new Int32Array(offerings.length + 1)
    reserves.forEach((list, o) => (reserveStart[o + 1] = reserveStart[o] + list.length))
    const flat = reserves.flat()
    // Offerings' tags are numbered after the participants' (before the tag index is made).
    const onlyTags = pack(offerings, (o) => tagsOf(o.onlyTags))
    const priorityTags = pack(offerings, (o) => tagsOf(o.priorityTags))
    const reserveTag = Int32Array.from(flat, (reserve) => this.tagNumber(reserve.tag))

    const compiled: CompiledInstance = {
      seed: header.seed,
      reportTags: header.reportTags,
      offerings,
      participantIds,
      participantCount: n,
      offeringCount: offerings.length,
      maxPlacements: header.maxPlacements ?? 1,
      offeringIndex: new Map(offerings.map((offering, o) => [offering.id, o])),
      tagIndex: new Map(Array.from({ length: this.tagNames.size }, (_, t) => [this.tagNames.text(t), t])),
      ranking,
      tags: { start: this.tagsStart.view(), values: this.tagsValues.view() },
      grade: this.grade.view(),
      hasAvailability: new Uint8Array(this.hasAvailability.view()),
      available: { start: this.availableStart.view(), values: this.availableValues.view() },
      lottery,
      lotteryRank,
      byLotteryRank,
      capacity: Int32Array.from(offerings, (offering) => offering.capacity),
      onlyTags,
      priorityTags,
      grades: pack(offerings, (o) => o.grades),
      sessions: packSpans(offerings, (o) => o.sessions),
      reserveStart,
      reserveTag,
      reserveSeats: Int32Array.from(flat, (reserve) => reserve.seats),
      acceptable: { start: new Int32Array(0), entries: new Int32Array(0), count: 0, refusal: new Uint8Array(0) },
    }
    return compiled
  }
}

function startsAtZero(capacity: number, shared: boolean): GrowableInt32 {
  const list = new GrowableInt32(capacity, shared)
  list.push(0)
  return list
}
