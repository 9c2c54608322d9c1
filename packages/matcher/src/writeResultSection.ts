import { unplacedReason } from './explainUnplaced.js'
import { JsonBytes } from './JsonBytes.js'
import { arrayIndexOf, jsonTexts, type JsonTexts } from './JsonTexts.js'
import { refusalAt, type CompiledInstance } from './CompiledInstance.js'
import type { Assignment } from './runRounds.js'
import type { RefusalWhy } from './types.js'

/**
 * The result's four longest sections, a national result's 105 MB but 10: the placements, the unplaced
 * and why, why rankings were refused, and the lottery. The command line has them written by another
 * thread: the refusals and the lottery, which depend on the instance only, while it matches; the others
 * while it reports.
 */
export type SectionKey = 'placements' | 'unplaced' | 'refused' | 'lottery'

/** Sections written ahead, each as its JSON bytes in pieces. */
export type WrittenSections = Partial<Record<SectionKey, Uint8Array[]>>

/**
 * What the sections are written from: as much of a compiled instance as they read, its ids and tags as
 * JSON texts (see JsonTexts), which another thread is sent without a structured clone.
 */
export interface SectionSource extends Pick<CompiledInstance, 'participantCount' | 'ranking' | 'lottery'> {
  acceptable: Pick<CompiledInstance['acceptable'], 'start' | 'refusal'>
  participantIdsJson: JsonTexts
  offeringIdsJson: JsonTexts
  /** Each reserve's tag, by reserve number (see CompiledInstance.reserveStart). */
  reserveTagsJson: JsonTexts
}

/** The SectionSource of a compiled instance; its texts in shared memory when `shared`. */
export function sectionSourceOf(c: CompiledInstance, shared = false): SectionSource {
  return {
    participantCount: c.participantCount,
    ranking: c.ranking,
    lottery: c.lottery,
    acceptable: { start: c.acceptable.start, refusal: c.acceptable.refusal },
    participantIdsJson: jsonTexts(c.participantIds, shared),
    offeringIdsJson: jsonTexts(
      c.offerings.map((offering) => offering.id),
      shared,
    ),
    reserveTagsJson: jsonTexts(
      c.offerings.flatMap((offering) => (offering.reserved ?? []).map((reserve) => reserve.tag)),
      shared,
    ),
  }
}

/** What the placements are written from: the assignment's arrays, and their ranks (see placementRanks). */
export interface SectionDigest {
  rank: Int32Array
  assignment: Pick<Assignment, 'participant' | 'offering' | 'round' | 'seat'>
}

/**
 * Writes one section's JSON value, as UTF-8 bytes handed to `flush` a buffer at a time (see JsonBytes);
 * the placements and the unplaced need the digested assignment.
 */
export function writeResultSection(c: SectionSource, key: SectionKey, flush: (bytes: Uint8Array) => void, digest?: SectionDigest, bufferSize?: number): void {
  const out = new JsonBytes(flush, bufferSize)
  writeSection(out, c, key, digest)
  out.end()
}

export function writeSection(out: JsonBytes, c: SectionSource, key: SectionKey, digest?: SectionDigest): void {
  if (key === 'refused') return writeRefused(out, c)
  if (key === 'lottery') return writeLottery(out, c)
  if (!digest) throw new Error(`the ${key} are written from the digested assignment`)
  if (key === 'placements') writeList(out, digest.assignment.participant.length, (i) => writePlacement(out, c, digest, i))
  else writeUnplaced(out, c, digest)
}

export function writeList(out: JsonBytes, length: number, writeItem: (i: number) => void): void {
  out.raw('[')
  for (let i = 0; i < length; i++) {
    if (i > 0) out.raw(',')
    writeItem(i)
  }
  out.raw(']')
}

/** As placementOf gives it: participant, offering, rank, round, and the reserve of a reserved seat. */
function writePlacement(out: JsonBytes, c: SectionSource, digest: SectionDigest, i: number): void {
  const { assignment } = digest
  const o = assignment.offering[i]
  const seat = assignment.seat[i]
  out.raw('{"participant":')
  out.text(c.participantIdsJson, assignment.participant[i])
  out.raw(',"offering":')
  out.text(c.offeringIdsJson, o)
  out.raw(',"rank":')
  out.number(digest.rank[i])
  out.raw(',"round":')
  out.number(assignment.round[i])
  if (seat >= 0) {
    out.raw(',"reserve":')
    out.text(c.reserveTagsJson, seat)
  }
  out.raw('}')
}

/** A Refusal: the offering's id, and why. */
function writeRefusal(out: JsonBytes, c: SectionSource, o: number, why: RefusalWhy): void {
  out.raw('{"offering":')
  out.text(c.offeringIdsJson, o)
  out.raw(',"why":')
  out.string(why)
  out.raw('}')
}

/** As explainRefused gives them, read from the compiled ranking and its refusals. */
function writeRefused(out: JsonBytes, c: SectionSource): void {
  const { start } = c.ranking
  out.raw('[')
  let first = true
  for (let p = 0; p < c.participantCount; p++) {
    if (start[p + 1] - start[p] === c.acceptable.start[p + 1] - c.acceptable.start[p]) continue
    out.raw(first ? '{"participant":' : ',{"participant":')
    first = false
    out.text(c.participantIdsJson, p)
    writeRefusals(out, c, p)
    out.raw('}')
  }
  out.raw(']')
}

/** As explainUnplaced gives them: those without a placement, why, and the ranked offerings they could not join. */
function writeUnplaced(out: JsonBytes, c: SectionSource, digest: SectionDigest): void {
  const placed = new Uint8Array(c.participantCount)
  for (const p of digest.assignment.participant) placed[p] = 1
  out.raw('[')
  let first = true
  for (let p = 0; p < c.participantCount; p++) {
    if (placed[p] === 1) continue
    out.raw(first ? '{"participant":' : ',{"participant":')
    first = false
    out.text(c.participantIdsJson, p)
    out.raw(',"reason":')
    out.string(unplacedReason(c, p))
    writeRefusals(out, c, p)
    out.raw('}')
  }
  out.raw(']')
}

/** `,"unacceptable":[…]`: the ranked offerings p cannot join, and why (see refusalsOf). */
function writeRefusals(out: JsonBytes, c: SectionSource, p: number): void {
  const { start, values } = c.ranking
  out.raw(',"unacceptable":[')
  let first = true
  for (let i = start[p]; i < start[p + 1]; i++) {
    const why = refusalAt(c, i)
    if (why === null) continue
    if (!first) out.raw(',')
    first = false
    writeRefusal(out, c, values[i], why)
  }
  out.raw(']')
}

/** The lottery object, `{"id": number, …}`, its keys in the order JSON.stringify gives them. */
function writeLottery(out: JsonBytes, c: SectionSource): void {
  const order = keyOrder(c.participantIdsJson)
  out.raw('{')
  for (let k = 0; k < order.length; k++) {
    const p = order[k]
    if (k > 0) out.raw(',')
    out.text(c.participantIdsJson, p)
    out.raw(':')
    out.number(c.lottery[p])
  }
  out.raw('}')
}

/**
 * The order of an object's keys made in this order: keys that are array indices ("0", "17") first, by
 * value, then the others as made (ECMAScript's own-property order, which JSON.stringify follows; the
 * city's participant ids are numbers).
 */
function keyOrder(keys: JsonTexts): Int32Array {
  const count = keys.end.length
  const indexKeys: number[] = []
  const otherKeys: number[] = []
  const value = new Float64Array(count)
  for (let k = 0; k < count; k++) {
    value[k] = arrayIndexOf(keys, k)
    ;(value[k] >= 0 ? indexKeys : otherKeys).push(k)
  }
  indexKeys.sort((a, b) => value[a] - value[b])
  const order = new Int32Array(count)
  order.set(indexKeys)
  order.set(otherKeys, indexKeys.length)
  return order
}
