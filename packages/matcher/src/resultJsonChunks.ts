import type { Result } from './types.js'

/** Items serialised per chunk: large enough to write efficiently, small enough to keep memory flat. */
const ITEMS_PER_CHUNK = 2_000

/**
 * A result as JSON text in pieces, for writing as they come: their concatenation is exactly
 * `JSON.stringify(result)`, but no piece holds more than a few thousand placements, so a national
 * result (tens of megabytes) never exists as one string.
 */
export function* resultJsonChunks(result: Result): Generator<string> {
  let separator = '{'
  for (const [key, value] of Object.entries(result)) {
    if (value === undefined) continue
    yield `${separator}${JSON.stringify(key)}:`
    separator = ','
    if (Array.isArray(value)) yield* arrayChunks(value)
    else if (key === 'lottery') yield* objectChunks(value as Record<string, unknown>)
    else yield JSON.stringify(value)
  }
  yield separator === '{' ? '{}' : '}'
}

function* arrayChunks(items: readonly unknown[]): Generator<string> {
  if (items.length === 0) return yield '[]'
  for (let start = 0; start < items.length; start += ITEMS_PER_CHUNK) {
    // One stringify per piece (its brackets cut off) is about twice as fast as one per item.
    const piece = JSON.stringify(items.slice(start, start + ITEMS_PER_CHUNK)).slice(1, -1)
    yield `${start === 0 ? '[' : ','}${piece}${start + ITEMS_PER_CHUNK >= items.length ? ']' : ''}`
  }
}

function* objectChunks(object: Record<string, unknown>): Generator<string> {
  const keys = Object.keys(object).filter((key) => object[key] !== undefined)
  if (keys.length === 0) return yield '{}'
  for (let start = 0; start < keys.length; start += ITEMS_PER_CHUNK) {
    const piece = keys.slice(start, start + ITEMS_PER_CHUNK).map((key) => `${JSON.stringify(key)}:${JSON.stringify(object[key])}`)
    yield `${start === 0 ? '{' : ','}${piece.join(',')}${start + ITEMS_PER_CHUNK >= keys.length ? '}' : ''}`
  }
}
