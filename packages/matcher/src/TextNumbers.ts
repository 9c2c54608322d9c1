/**
 * Texts numbered in the order they are first met, found without making a string first: a line reader
 * hashes an id while it scans it and asks for text[start ..< end]. (A Map needs a new string for each of
 * the five million ranked ids of a national file, and hashes it again; this is several times faster.)
 */
export class TextNumbers {
  private readonly texts: string[] = []
  private hashes = new Int32Array(1024)
  /** Open addressing: a text's number, or -1 for an empty slot. The length is a power of two. */
  private slots = new Int32Array(2048).fill(-1)

  get size(): number {
    return this.texts.length
  }

  text(n: number): string {
    return this.texts[n]
  }

  /** The number of text[start ..< end], whose hash is `hash` (see hashText); a new one when it is new. */
  numberAt(text: string, start: number, end: number, hash: number): number {
    const { slots, hashes, texts } = this
    const mask = slots.length - 1
    const length = end - start
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const n = slots[slot]
      if (n === -1) return this.add(slot, text.slice(start, end), hash)
      if (hashes[n] === hash && sameText(texts[n], text, start, length)) return n
    }
  }

  numberOf(text: string): number {
    return this.numberAt(text, 0, text.length, hashText(text, 0, text.length))
  }

  private add(slot: number, text: string, hash: number): number {
    const n = this.texts.length
    this.texts.push(text)
    if (n === this.hashes.length) {
      const hashes = new Int32Array(2 * n)
      hashes.set(this.hashes)
      this.hashes = hashes
    }
    this.hashes[n] = hash
    this.slots[slot] = n
    if (2 * this.texts.length > this.slots.length) this.rehash()
    return n
  }

  private rehash(): void {
    const slots = new Int32Array(2 * this.slots.length).fill(-1)
    const mask = slots.length - 1
    for (let n = 0; n < this.texts.length; n++) {
      let slot = this.hashes[n] & mask
      while (slots[slot] !== -1) slot = (slot + 1) & mask
      slots[slot] = n
    }
    this.slots = slots
  }
}

function sameText(known: string, text: string, start: number, length: number): boolean {
  if (known.length !== length) return false
  for (let i = 0; i < length; i++) if (known.charCodeAt(i) !== text.charCodeAt(start + i)) return false
  return true
}

/** FNV-1a over the UTF-16 code units of text[start ..< end]; ParticipantLineReader computes the same as it scans. */
export function hashText(text: string, start: number, end: number): number {
  let hash = FNV_OFFSET
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME)
  return hash
}

export const FNV_OFFSET = 0x811c9dc5 | 0
export const FNV_PRIME = 0x01000193
