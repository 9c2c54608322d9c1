import { asciiText } from './asciiText.js'

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
  private hashes: Int32Array | null = null
  /** Open addressing: a text's number, or -1 for an empty slot. The length is a power of two. */
  private slots: Int32Array | null = null

  /** `expected`: how many texts are coming, when known (the table starts that large). */
  constructor(private readonly expected = 0) {}

  get size(): number {
    return this.texts.length
  }

  text(n: number): string {
    return this.texts[n]!
  }

  numberOf(text: string): number {
    const n = (this.map ?? this.buildMap()).get(text)
    return n !== undefined ? n : this.add(text, this.slots ? hashText(text, 0, text.length) : 0)
  }

  /**
   * The number of the ASCII text bytes[start ..< end], whose hash is `hash` (see hashText); a new one
   * when it is new.
   */
  numberAt(bytes: Uint8Array, start: number, end: number, hash: number): number {
    if (!this.slots) this.buildTable()
    const slots = this.slots!
    const hashes = this.hashes!
    const texts = this.texts
    const mask = slots.length - 1
    const length = end - start
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const n = slots[slot]!
      if (n === -1) return this.add(asciiText(bytes, start, end), hash)
      if (hashes[n] === hash && sameText(texts[n]!, bytes, start, length)) return n
    }
  }

  private add(text: string, hash: number): number {
    const n = this.texts.length
    this.texts.push(text)
    this.map?.set(text, n)
    if (this.slots) this.place(n, hash)
    return n
  }

  /** Puts text n, of this hash, in the table, growing it to stay at most half full. */
  private place(n: number, hash: number): void {
    if (n >= this.hashes!.length) {
      const hashes = new Int32Array(2 * this.hashes!.length)
      hashes.set(this.hashes!)
      this.hashes = hashes
    }
    this.hashes![n] = hash
    if (2 * (n + 1) > this.slots!.length) this.rehash(2 * this.slots!.length)
    else this.insert(this.slots!, n, hash)
  }

  private insert(slots: Int32Array, n: number, hash: number): void {
    const mask = slots.length - 1
    let slot = hash & mask
    while (slots[slot] !== -1) slot = (slot + 1) & mask
    slots[slot] = n
  }

  private buildMap(): Map<string, number> {
    this.map = new Map(this.texts.map((known, n) => [known, n]))
    return this.map
  }

  private buildTable(): void {
    const count = Math.max(this.texts.length, this.expected)
    let size = 2048
    while (size < 2 * count) size *= 2
    this.hashes = new Int32Array(Math.max(1024, count))
    this.texts.forEach((text, n) => (this.hashes![n] = hashText(text, 0, text.length)))
    this.rehash(size)
  }

  private rehash(size: number): void {
    const slots = new Int32Array(size).fill(-1)
    for (let n = 0; n < this.texts.length; n++) this.insert(slots, n, this.hashes![n]!)
    this.slots = slots
  }
}

function sameText(known: string, bytes: Uint8Array, start: number, length: number): boolean {
  if (known.length !== length) return false
  for (let i = 0; i < length; i++) if (known.charCodeAt(i) !== bytes[start + i]) return false
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
