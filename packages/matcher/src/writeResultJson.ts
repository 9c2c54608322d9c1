import { resultOutline } from './buildResult.js'
import { digestAssignment, type AssignmentDigest } from './digestAssignment.js'
import { JsonBytes } from './JsonBytes.js'
import { refusalAt, type CompiledInstance } from './CompiledInstance.js'
import type { Assignment } from './runRounds.js'
import type { Comparison, RefusalWhy, Unplaced } from './types.js'

/**
 * Writes a match's result as JSON, as UTF-8 bytes handed to `flush` a buffer at a time (the buffer is
 * filled again after each call, so write or copy it there). The bytes are exactly those of
 * `JSON.stringify(buildResult(c, assignment, other))`, but a national result (a hundred megabytes)
 * never exists as one string, and its placements, refusals and lottery never as objects: they are
 * written from the compiled arrays, field by field.
 */
export function writeResultJson(
  c: CompiledInstance,
  assignment: Assignment,
  other: Assignment | Comparison,
  flush: (bytes: Uint8Array) => void,
  bufferSize?: number,
): void {
  const out = new JsonBytes(flush, bufferSize)
  const digest = digestAssignment(c, assignment)
  const outline = resultOutline(c, digest, other)
  let separator = '{'
  for (const [key, value] of Object.entries(outline)) {
    if (value === undefined) continue
    out.raw(separator)
    out.string(key)
    out.raw(':')
    separator = ','
    if (key === 'placements') writeList(out, assignment.participant.length, (i) => writePlacement(out, c, digest, i))
    else if (key === 'unplaced') writeList(out, outline.unplaced.length, (i) => writeUnplaced(out, outline.unplaced[i]))
    else if (key === 'refused') writeRefused(out, c)
    else if (key === 'lottery') writeLottery(out, c)
    else if (Array.isArray(value)) writeList(out, value.length, (i) => out.value(value[i]))
    else out.value(value)
  }
  out.raw(separator === '{' ? '{}' : '}')
  out.end()
}

function writeList(out: JsonBytes, length: number, writeItem: (i: number) => void): void {
  out.raw('[')
  for (let i = 0; i < length; i++) {
    if (i > 0) out.raw(',')
    writeItem(i)
  }
  out.raw(']')
}

/** As placementOf gives it: participant, offering, rank, round, and the reserve of a reserved seat. */
function writePlacement(out: JsonBytes, c: CompiledInstance, digest: AssignmentDigest, i: number): void {
  const { assignment } = digest
  const o = assignment.offering[i]
  const seat = assignment.seat[i]
  out.raw('{"participant":')
  out.string(c.participantIds[assignment.participant[i]])
  out.raw(',"offering":')
  out.string(c.offerings[o].id)
  out.raw(',"rank":')
  out.number(digest.rank[i])
  out.raw(',"round":')
  out.number(assignment.round[i])
  if (seat >= 0) {
    out.raw(',"reserve":')
    out.string(c.offerings[o].reserved![seat - c.reserveStart[o]].tag)
  }
  out.raw('}')
}

function writeUnplaced(out: JsonBytes, unplaced: Unplaced): void {
  out.raw('{"participant":')
  out.string(unplaced.participant)
  out.raw(',"reason":')
  out.string(unplaced.reason)
  out.raw(',"unacceptable":')
  writeList(out, unplaced.unacceptable.length, (i) => writeRefusal(out, unplaced.unacceptable[i].offering, unplaced.unacceptable[i].why))
  out.raw('}')
}

/** A Refusal: the offering's id, and why. */
function writeRefusal(out: JsonBytes, offering: string, why: RefusalWhy): void {
  out.raw('{"offering":')
  out.string(offering)
  out.raw(',"why":')
  out.string(why)
  out.raw('}')
}

/** As explainRefused gives them, read from the compiled ranking and its refusals. */
function writeRefused(out: JsonBytes, c: CompiledInstance): void {
  const { start, values } = c.ranking
  out.raw('[')
  let first = true
  for (let p = 0; p < c.participantCount; p++) {
    if (start[p + 1] - start[p] === c.acceptable.start[p + 1] - c.acceptable.start[p]) continue
    out.raw(first ? '{"participant":' : ',{"participant":')
    first = false
    out.string(c.participantIds[p])
    out.raw(',"unacceptable":[')
    let firstRefusal = true
    for (let i = start[p]; i < start[p + 1]; i++) {
      const why = refusalAt(c, i)
      if (why === null) continue
      if (!firstRefusal) out.raw(',')
      firstRefusal = false
      writeRefusal(out, c.offerings[values[i]].id, why)
    }
    out.raw(']}')
  }
  out.raw(']')
}

/** The lottery object, `{"id": number, …}`, its keys in the order JSON.stringify gives them. */
function writeLottery(out: JsonBytes, c: CompiledInstance): void {
  const order = keyOrder(c.participantIds)
  out.raw('{')
  for (let k = 0; k < order.length; k++) {
    const p = order[k]
    if (k > 0) out.raw(',')
    out.string(c.participantIds[p])
    out.raw(':')
    out.number(c.lottery[p])
  }
  out.raw('}')
}

const ARRAY_INDEX = /^(?:0|[1-9]\d{0,9})$/
const MAX_ARRAY_INDEX = 2 ** 32 - 2

/**
 * The order of an object's keys made in this order: keys that are array indices ("0", "17") first, by
 * value, then the others as made (ECMAScript's own-property order, which JSON.stringify follows; the
 * city's participant ids are numbers).
 */
function keyOrder(keys: readonly string[]): Int32Array {
  const indexKeys: number[] = []
  const otherKeys: number[] = []
  for (let p = 0; p < keys.length; p++) (isIndexKey(keys[p]) ? indexKeys : otherKeys).push(p)
  indexKeys.sort((a, b) => Number(keys[a]) - Number(keys[b]))
  const order = new Int32Array(keys.length)
  order.set(indexKeys)
  order.set(otherKeys, indexKeys.length)
  return order
}

function isIndexKey(key: string): boolean {
  return ARRAY_INDEX.test(key) && Number(key) <= MAX_ARRAY_INDEX
}
