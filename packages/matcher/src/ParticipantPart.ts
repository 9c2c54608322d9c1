import { bytesWithRoom, GrowableInt32 } from './GrowableArray.js'
import { FNV_OFFSET, FNV_PRIME } from './TextNumbers.js'
import type { PackedLists } from './CompiledInstance.js'

/**
 * Participants read from one part of a file on their own (by another thread), for the compiler of the
 * whole file to add after its own (InstanceCompiler.appendPart). Everything is in typed arrays, which
 * move between threads without a copy, but for the part's few distinct offering ids and tags: ranking
 * values index `offeringIds`, tag values `tagNames`, in the order the part met them. Ids are bytes, not
 * numbered: the whole file's compiler numbers them, and names those used twice.
 */
export interface ParticipantPart {
  count: number
  /** The ids' UTF-8 bytes one after another: id k is idBytes[idEnd[k - 1] ..< idEnd[k]] (from 0 for k = 0). */
  idBytes: Uint8Array
  idEnd: Int32Array
  offeringIds: string[]
  tagNames: string[]
  ranking: PackedLists
  tags: PackedLists
  available: PackedLists
  grade: Int32Array
  hasAvailability: Int32Array
  lottery: Float64Array
}

const ENCODER = new TextEncoder()
export const TEXT = new TextDecoder()

/** Texts kept as their UTF-8 bytes one after another (a part's ids). */
export class TextBytes {
  private bytes = new Uint8Array(1 << 16)
  private used = 0
  readonly ends: GrowableInt32

  constructor(expected = 1024) {
    this.ends = new GrowableInt32(expected)
  }

  /** The ASCII bytes[start ..< end]. */
  addBytes(bytes: Uint8Array, start: number, end: number): void {
    const at = this.room(end - start)
    const kept = this.bytes
    for (let i = start; i < end; i++) kept[at + i - start] = bytes[i]
    this.used = at + end - start
    this.ends.push(this.used)
  }

  addText(text: string): void {
    // A UTF-16 code unit takes at most three bytes.
    const at = this.room(3 * text.length)
    this.used = at + ENCODER.encodeInto(text, this.bytes.subarray(at)).written
    this.ends.push(this.used)
  }

  view(): { idBytes: Uint8Array; idEnd: Int32Array } {
    return { idBytes: this.bytes.subarray(0, this.used), idEnd: this.ends.view() }
  }

  /** Where `length` more bytes go, the array grown when they would not fit. */
  private room(length: number): number {
    this.bytes = bytesWithRoom(this.bytes, this.used, this.used + length)
    return this.used
  }
}

/** The hash of the ASCII bytes[start ..< end] as TextNumbers makes it, or null when they are not ASCII. */
export function asciiHash(bytes: Uint8Array, start: number, end: number): number | null {
  let hash = FNV_OFFSET
  for (let i = start; i < end; i++) {
    if (bytes[i] > 0x7f) return null
    hash = Math.imul(hash ^ bytes[i], FNV_PRIME)
  }
  return hash
}
