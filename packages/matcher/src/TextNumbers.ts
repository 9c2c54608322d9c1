import { asciiText } from './asciiText.js'
import { bytesWithRoom } from './GrowableArray.js'

/**
 * Texts numbered in the order they are first met, found two ways: by a string (`numberOf`, a Map, for
 * parsed objects, whose strings V8 has usually hashed already), or without making a string first
 * (`numberAt`, a table of hashes that a line reader computes while it scans: a Map would need a new
 * string for each of the five million ranked ids of a national file, and hash it again). Each index is
 * built the first time it is asked, so a reader that uses one way only never pays for the other.
 */
export class TextNumbers {
  private readonly texts: string[] = []
  private map: Map<string, number> | null = null
  /**
   * Open addressing, one record of SLOT ints per slot: the text's number (-1 for an empty slot), its hash,
   * and where its bytes lie in `bytes` (start and length; length -1 for a text that is not ASCII, which
   * no byte lookup can meet). A lookup reads one record and the text's bytes, not a string object. The
   * number of slots is a power of two.
   */
  private slots: Int32Array | null = null
  /** The ASCII texts' bytes, one after another. */
  private bytes = new Uint8Array(0)
  private bytesUsed = 0

  /** `expected`: how many texts are coming, when known (the table starts that large). */
  constructor(private readonly expected = 0) {}

  get size(): number {
    return this.texts.length
  }

  text(n: number): string {
    return this.texts[n]!
  }

  /** Every text, by number. */
  allTexts(): string[] {
    return this.texts.slice()
  }

  numberOf(text: string): number {
    const n = (this.map ?? this.buildMap()).get(text)
    return n !== undefined ? n : this.add(text)
  }

  /**
   * The number of the ASCII text bytes[start ..< end], whose hash is `hash` (see hashText); a new one
   * when it is new.
   */
  numberAt(bytes: Uint8Array, start: number, end: number, hash: number): number {
    if (!this.slots) this.buildTable()
    const slots = this.slots!
    const known = this.bytes
    const mask = slots.length / SLOT - 1
    const length = end - start
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = SLOT * slot
      const n = slots[at]!
      if (n === -1) return this.add(asciiText(bytes, start, end), hash, this.copyBytes(bytes, start, end))
      if (slots[at + 1] === hash && slots[at + 3] === length && sameBytes(known, slots[at + 2]!, bytes, start, length)) return n
    }
  }

  /**
   * Numbers a new text. A byte lookup gives its hash and where it already copied the bytes; for a text
   * given as a string, both are made here once the table is in use.
   */
  private add(text: string, hash?: number, bytesStart?: number): number {
    const n = this.texts.length
    this.texts.push(text)
    this.map?.set(text, n)
    if (this.slots) {
      if (2 * (n + 1) > this.slots.length / SLOT) this.rehash((2 * this.slots.length) / SLOT)
      this.insert(this.slots, n, hash ?? hashText(text, 0, text.length), bytesStart ?? this.keepBytes(text))
    }
    return n
  }

  /** Copies an ASCII text's bytes after the others and returns where they start; -1 for other texts. */
  private keepBytes(text: string): number {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return -1
    const start = this.room(text.length)
    for (let i = 0; i < text.length; i++) this.bytes[start + i] = text.charCodeAt(i)
    return start
  }

  /** Copies the ASCII bytes[start ..< end] after the others and returns where they start. */
  private copyBytes(bytes: Uint8Array, start: number, end: number): number {
    const at = this.room(end - start)
    for (let i = start; i < end; i++) this.bytes[at + i - start] = bytes[i]
    return at
  }

  /** Where `length` more bytes go after the others, the array grown when they would not fit. */
  private room(length: number): number {
    this.bytes = bytesWithRoom(this.bytes, this.bytesUsed, this.bytesUsed + length)
    const start = this.bytesUsed
    this.bytesUsed += length
    return start
  }

  private insert(slots: Int32Array, n: number, hash: number, bytesStart: number): void {
    const at = freeRecord(slots, hash)
    slots[at] = n
    slots[at + 1] = hash
    slots[at + 2] = bytesStart
    slots[at + 3] = bytesStart === -1 ? -1 : this.texts[n]!.length
  }

  private buildMap(): Map<string, number> {
    this.map = new Map(this.texts.map((known, n) => [known, n]))
    return this.map
  }

  private buildTable(): void {
    // At least half of the slots stay empty when `expected` texts come, so probes stay short.
    const count = Math.max(this.texts.length, this.expected)
    let size = 2048
    while (size < 2 * count) size *= 2
    this.bytes = new Uint8Array(Math.max(4096, 8 * count))
    this.slots = new Int32Array(SLOT * size).fill(-1)
    this.texts.forEach((text, n) => this.insert(this.slots!, n, hashText(text, 0, text.length), this.keepBytes(text)))
  }

  /** Moves every record into a table of `size` slots. */
  private rehash(size: number): void {
    const old = this.slots!
    const slots = new Int32Array(SLOT * size).fill(-1)
    for (let from = 0; from < old.length; from += SLOT) {
      if (old[from] === -1) continue
      const to = freeRecord(slots, old[from + 1]!)
      for (let i = 0; i < SLOT; i++) slots[to + i] = old[from + i]!
    }
    this.slots = slots
  }
}

/** Ints per slot of the table: number, hash, bytes' start, bytes' length. */
const SLOT = 4

/** Where the first empty record at or after this hash's slot starts (the table is never full). */
function freeRecord(slots: Int32Array, hash: number): number {
  const mask = slots.length / SLOT - 1
  let slot = hash & mask
  while (slots[SLOT * slot] !== -1) slot = (slot + 1) & mask
  return SLOT * slot
}

function sameBytes(known: Uint8Array, from: number, bytes: Uint8Array, start: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (known[from + i] !== bytes[start + i]) return false
  return true
}

/**
 * FNV-1a over the UTF-16 code units of text[start ..< end]. ParticipantLineReader computes the same over
 * the bytes of the ASCII texts it scans (an ASCII character's code unit is its byte).
 */
export function hashText(text: string, start: number, end: number): number {
  let hash = FNV_OFFSET
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME)
  return hash
}

export const FNV_OFFSET = 0x811c9dc5 | 0
export const FNV_PRIME = 0x01000193
