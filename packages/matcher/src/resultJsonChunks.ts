import { placementOf, resultOutline } from './buildResult.js'
import { digestAssignment } from './digestAssignment.js'
import type { CompiledInstance } from './CompiledInstance.js'
import type { Assignment } from './runRounds.js'
import type { Comparison } from './types.js'

/** Items serialised per chunk: large enough to write efficiently, small enough to keep memory flat. */
const ITEMS_PER_CHUNK = 2_000

/**
 * A match's result as JSON text in pieces, for writing as they come: their concatenation is exactly
 * `JSON.stringify(buildResult(c, assignment, other))`, but no piece holds more than a few thousand items,
 * so a national result (a hundred megabytes) never exists as one string, and its placements and lottery
 * never as objects.
 */
export function* resultJsonChunks(c: CompiledInstance, assignment: Assignment, other: Assignment | Comparison): Generator<string> {
  const digest = digestAssignment(c, assignment)
  const outline = resultOutline(c, digest, other)
  let separator = '{'
  for (const [key, value] of Object.entries(outline)) {
    if (value === undefined) continue
    yield `${separator}${JSON.stringify(key)}:`
    separator = ','
    if (key === 'placements') yield* arrayChunks(assignment.participant.length, (i) => placementOf(c, digest, i))
    else if (key === 'lottery') yield* lotteryChunks(c)
    else if (Array.isArray(value)) yield* arrayChunks(value.length, (i) => value[i] as unknown)
    else yield JSON.stringify(value)
  }
  yield separator === '{' ? '{}' : '}'
}

function* arrayChunks(length: number, itemAt: (i: number) => unknown): Generator<string> {
  if (length === 0) return yield '[]'
  for (let start = 0; start < length; start += ITEMS_PER_CHUNK) {
    const end = Math.min(length, start + ITEMS_PER_CHUNK)
    // One stringify per piece (its brackets cut off) is about twice as fast as one per item.
    const items: unknown[] = []
    for (let i = start; i < end; i++) items.push(itemAt(i))
    const piece = JSON.stringify(items).slice(1, -1)
    yield `${start === 0 ? '[' : ','}${piece}${end === length ? ']' : ''}`
  }
}

/** The lottery object, `{"id": number, …}`, its keys in the order JSON.stringify gives them. */
function* lotteryChunks(c: CompiledInstance): Generator<string> {
  const order = keyOrder(c.participantIds)
  if (order.length === 0) return yield '{}'
  for (let start = 0; start < order.length; start += ITEMS_PER_CHUNK) {
    const end = Math.min(order.length, start + ITEMS_PER_CHUNK)
    let piece = ''
    for (let k = start; k < end; k++) {
      const p = order[k]
      // A finite number's text is the same in JSON as in a template.
      piece += `${k === start ? '' : ','}${JSON.stringify(c.participantIds[p])}:${c.lottery[p]}`
    }
    yield `${start === 0 ? '{' : ','}${piece}${end === order.length ? '}' : ''}`
  }
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
