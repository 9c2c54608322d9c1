import { textStart, type JsonTexts } from './JsonTexts.js'

const QUOTE = 0x22
const BACKSLASH = 0x5c

/**
 * JSON written straight as UTF-8 bytes into a buffer that is handed to `flush` whenever it fills (and
 * then filled again), so that a national result is never one string, nor a string per item: its half
 * a million placements are written field by field. Texts of printable ASCII, which need no escape,
 * are copied a character at a time; any other text goes through JSON.stringify and a UTF-8 encoder, so
 * the bytes are always exactly what JSON.stringify would give.
 */
export class JsonBytes {
  private readonly buffer: Uint8Array
  private at = 0
  private readonly encoder = new TextEncoder()

  constructor(
    private readonly flush: (bytes: Uint8Array) => void,
    size = 1 << 20,
  ) {
    this.buffer = new Uint8Array(size)
  }

  /** Text that is already JSON and printable ASCII: punctuation, keys with their quotes, numbers. */
  raw(text: string): void {
    if (this.buffer.length - this.at < text.length && !this.madeRoom(text.length)) return this.encoded(text)
    const { buffer } = this
    let at = this.at
    for (let i = 0; i < text.length; i++) buffer[at++] = text.charCodeAt(i)
    this.at = at
  }

  /** A text as a JSON string. */
  string(text: string): void {
    const room = text.length + 2
    if (this.buffer.length - this.at < room && !this.madeRoom(room)) return this.encoded(JSON.stringify(text))
    const { buffer } = this
    let at = this.at
    buffer[at++] = QUOTE
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i)
      if (ch < 0x20 || ch > 0x7e || ch === QUOTE || ch === BACKSLASH) return this.encoded(JSON.stringify(text))
      buffer[at++] = ch
    }
    buffer[at++] = QUOTE
    this.at = at
  }

  /** Text k of `texts`, a JSON string already (see JsonTexts). */
  text(texts: JsonTexts, k: number): void {
    const from = textStart(texts, k)
    const to = texts.end[k]
    if (this.buffer.length - this.at < to - from && !this.madeRoom(to - from)) return this.flush(texts.bytes.subarray(from, to))
    const { buffer } = this
    const source = texts.bytes
    let at = this.at
    for (let i = from; i < to; i++) buffer[at++] = source[i]
    this.at = at
  }

  /** A number: its text, or null for one that is not finite (as JSON.stringify writes them). */
  number(value: number): void {
    this.raw(Number.isFinite(value) ? String(value) : 'null')
  }

  /** Any value, as JSON.stringify writes it. */
  value(value: unknown): void {
    this.encoded(JSON.stringify(value))
  }

  /** JSON written already, as bytes in pieces: handed over as they are, after what is written here. */
  bytes(pieces: readonly Uint8Array[]): void {
    this.end()
    for (const piece of pieces) this.flush(piece)
  }

  /** Hands over what is left. */
  end(): void {
    if (this.at > 0) this.flush(this.buffer.subarray(0, this.at))
    this.at = 0
  }

  /** JSON text of any characters, as UTF-8 (three bytes at most per UTF-16 unit). */
  private encoded(json: string): void {
    if (this.buffer.length - this.at < 3 * json.length) {
      this.end()
      if (this.buffer.length < 3 * json.length) return this.flush(this.encoder.encode(json))
    }
    this.at += this.encoder.encodeInto(json, this.buffer.subarray(this.at)).written
  }

  /** Hands over what is written to make room for `bytes` more; false when they would not fit anyway. */
  private madeRoom(bytes: number): boolean {
    this.end()
    return bytes <= this.buffer.length
  }
}
