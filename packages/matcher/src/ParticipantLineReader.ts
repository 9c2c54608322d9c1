import { asciiText } from './asciiText.js'
import { FNV_OFFSET, FNV_PRIME, TextNumbers } from './TextNumbers.js'
import { dayIndex, minuteOfWeek, parseClock } from './weeklyTime.js'
import type { InstanceCompiler } from './InstanceCompiler.js'

const ascii = (text: string): Uint8Array => Uint8Array.from(text, (ch) => ch.charCodeAt(0))
const LINE_START = ascii('{"participant":{')

const QUOTE = 0x22
const BACKSLASH = 0x5c
const COMMA = 0x2c
const COLON = 0x3a
const OPEN_BRACKET = 0x5b
const CLOSE_BRACKET = 0x5d
const OPEN_BRACE = 0x7b
const CLOSE_BRACE = 0x7d
const ZERO = 0x30
const NINE = 0x39

const ID = 1
const RANKING = 2
const TAGS = 4
const GRADE = 8
const AVAILABLE = 16
const FIELD_NAMES: [Uint8Array, number][] = [
  [ascii('"id":'), ID],
  [ascii('"ranking":'), RANKING],
  [ascii('"tags":'), TAGS],
  [ascii('"grade":'), GRADE],
  [ascii('"available":'), AVAILABLE],
]
const WINDOW_FIELDS = ['day', 'start', 'end'].map(ascii)

/** Whether bytes[at ..< end] start with `prefix`. */
function startsWith(bytes: Uint8Array, at: number, end: number, prefix: Uint8Array): boolean {
  if (end - at < prefix.length) return false
  for (let i = 0; i < prefix.length; i++) if (bytes[at + i] !== prefix[i]) return false
  return true
}

/**
 * Reads a participant's line, `{"participant":{"id":…,"ranking":[…],…}}`, from its UTF-8 bytes straight
 * into the compiler's columns, without decoding it, without JSON.parse and without an object per
 * participant: at national scale that is most of the time and garbage of reading an instance. It takes
 * only lines written plainly, as JSON.stringify writes them (no spaces inside, texts of printable ASCII
 * without escapes, each field once, values of the right kinds, sound weekly windows), and `read` returns
 * false, having stored nothing, for any other line: that line is decoded, parsed with JSON.parse and
 * checked field by field, which names what is wrong. Both roads store the same for every line this one
 * takes.
 */
export class ParticipantLineReader {
  private bytes: Uint8Array = new Uint8Array(0)
  private at = 0
  private end = 0
  /** The last text scanned: bytes[start ..< stop], and its hash. */
  private start = 0
  private stop = 0
  private hash = 0
  // The participant read so far.
  /** The id: bytes[idStart ..< idStop], and its hash. */
  private idStart = 0
  private idStop = 0
  private idHash = 0
  private grade = -1
  private hasAvailability = 0
  /** Whole windows met so far, by their text; windowMinutes[2n], [2n + 1]: window n's span, -1 to read it again. */
  private readonly windowShapes = new TextNumbers()
  private readonly windowMinutes: number[] = []

  constructor(private readonly compiler: InstanceCompiler) {}

  /** Reads bytes[from ..< to] (one line, without its newline); false when the line needs the long road. */
  read(bytes: Uint8Array, from: number, to: number): boolean {
    if (!startsWith(bytes, from, to, LINE_START)) return false
    const c = this.compiler
    const rankings = c.rankingValues.length
    const tags = c.tagsValues.length
    const windows = c.availableValues.length
    this.bytes = bytes
    this.at = from + LINE_START.length
    this.end = to
    if (!this.fields()) {
      c.rankingValues.truncate(rankings)
      c.tagsValues.truncate(tags)
      c.availableValues.truncate(windows)
      return false
    }
    c.pushParticipantAt(bytes, this.idStart, this.idStop, this.idHash, this.grade, this.hasAvailability)
    return true
  }

  /** The fields up to the participant's closing brace and the line's end; false for the long road. */
  private fields(): boolean {
    const { bytes } = this
    let seen = 0
    this.grade = -1
    for (;;) {
      const field = this.fieldName()
      if (field === 0 || (seen & field) !== 0) return false
      seen |= field
      if (field === ID) {
        if (!this.scanString() || this.start === this.stop) return false
        this.idStart = this.start
        this.idStop = this.stop
        this.idHash = this.hash
      } else if (field === RANKING) {
        if (!this.ranking()) return false
      } else if (field === TAGS) {
        if (!this.tags()) return false
      } else if (field === GRADE) {
        this.grade = this.wholeNumber()
        if (this.grade < 0) return false
      } else if (!this.windows()) return false
      const next = this.at < this.end ? bytes[this.at++] : -1
      if (next === CLOSE_BRACE) break
      if (next !== COMMA) return false
    }
    if ((seen & (ID | RANKING)) !== (ID | RANKING) || this.at >= this.end || bytes[this.at++] !== CLOSE_BRACE) return false
    // What may follow a line's JSON: blanks and a carriage return.
    for (; this.at < this.end; this.at++) {
      const ch = bytes[this.at]
      if (ch !== 0x20 && ch !== 0x09 && ch !== 0x0d) return false
    }
    this.hasAvailability = (seen & AVAILABLE) !== 0 ? 1 : 0
    return true
  }

  /** `"name":` of a field the quick road reads, as its bit; 0 for any other. */
  private fieldName(): number {
    for (const [name, field] of FIELD_NAMES) {
      if (startsWith(this.bytes, this.at, this.end, name)) {
        this.at += name.length
        return field
      }
    }
    return 0
  }

  /**
   * Scans a text of printable ASCII without escapes, leaving it at bytes[start ..< stop] with its hash
   * (see hashText); false otherwise.
   */
  private scanString(): boolean {
    const { bytes, end } = this
    if (this.at >= end || bytes[this.at] !== QUOTE) return false
    const start = this.at + 1
    let hash = FNV_OFFSET
    for (let i = start; i < end; i++) {
      const ch = bytes[i]
      if (ch === QUOTE) {
        this.start = start
        this.stop = i
        this.hash = hash
        this.at = i + 1
        return true
      }
      if (ch === BACKSLASH || ch < 0x20 || ch > 0x7e) return false
      hash = Math.imul(hash ^ ch, FNV_PRIME)
    }
    return false
  }

  /** A JSON list whose items `item` reads (`[]` too); false for anything else. */
  private list(item: () => boolean): boolean {
    const { bytes, end } = this
    if (this.at >= end || bytes[this.at++] !== OPEN_BRACKET) return false
    if (this.at < end && bytes[this.at] === CLOSE_BRACKET) {
      this.at++
      return true
    }
    for (;;) {
      if (!item()) return false
      const next = this.at < end ? bytes[this.at++] : -1
      if (next === CLOSE_BRACKET) return true
      if (next !== COMMA) return false
    }
  }

  /**
   * The ranked offering ids, each once. The national file's hot loop (five million ids): it scans as
   * scanString does, but in local variables.
   */
  private ranking(): boolean {
    const c = this.compiler
    const stamp = c.nextStamp()
    const { bytes, end } = this
    let at = this.at
    if (at >= end || bytes[at++] !== OPEN_BRACKET) return false
    if (at < end && bytes[at] === CLOSE_BRACKET) {
      this.at = at + 1
      return true
    }
    for (;;) {
      if (at >= end || bytes[at] !== QUOTE) return false
      const start = ++at
      let hash = FNV_OFFSET
      let ch = 0
      for (; at < end; at++) {
        ch = bytes[at]
        if (ch === QUOTE || ch === BACKSLASH || ch < 0x20 || ch > 0x7e) break
        hash = Math.imul(hash ^ ch, FNV_PRIME)
      }
      if (ch !== QUOTE || at >= end) return false
      const n = c.offeringNumberAt(bytes, start, at++, hash)
      if (!c.firstTime(n, stamp)) return false
      c.rankingValues.push(n)
      const next = at < end ? bytes[at++] : -1
      if (next === CLOSE_BRACKET) break
      if (next !== COMMA) return false
    }
    this.at = at
    return true
  }

  private tags(): boolean {
    return this.list(this.tag)
  }

  private readonly tag = (): boolean => {
    if (!this.scanString() || this.start === this.stop) return false
    this.compiler.tagsValues.push(this.compiler.tagNumberAt(this.bytes, this.start, this.stop, this.hash))
    return true
  }

  /** A whole number of at most 15 digits as JSON writes it; -1 otherwise. */
  private wholeNumber(): number {
    const { bytes, end } = this
    const start = this.at
    let value = 0
    for (; this.at < end && bytes[this.at] >= ZERO && bytes[this.at] <= NINE; this.at++) value = 10 * value + bytes[this.at] - ZERO
    const digits = this.at - start
    if (digits === 0 || digits > 15 || (digits > 1 && bytes[start] === ZERO)) return -1
    return value
  }

  /** Free-time windows, `[{"day":"mon","start":"14:00","end":"17:00"}, …]`, each sound. */
  private windows(): boolean {
    return this.list(this.freeWindow)
  }

  /**
   * A window, read by its text when an earlier window was written the same. A national file repeats a few
   * hundred windows over half a million lines; the same bytes from the opening brace to the first closing
   * one mean the same window, once that brace closed it (a brace inside a text is never remembered).
   */
  private readonly freeWindow = (): boolean => {
    const { bytes, end } = this
    const open = this.at
    if (open >= end || bytes[open] !== OPEN_BRACE) return false
    let hash = FNV_OFFSET
    let close = open + 1
    for (; close < end; close++) {
      const ch = bytes[close]
      if (ch === CLOSE_BRACE) break
      if (ch < 0x20 || ch > 0x7e) return false
      hash = Math.imul(hash ^ ch, FNV_PRIME)
    }
    if (close >= end) return false
    const shape = this.windowShapes.numberAt(bytes, open + 1, close, hash)
    const known = this.windowMinutes
    if (2 * shape < known.length && known[2 * shape] >= 0) {
      this.compiler.availableValues.push(known[2 * shape])
      this.compiler.availableValues.push(known[2 * shape + 1])
      this.at = close + 1
      return true
    }
    const sound = this.readWindow()
    if (2 * shape === known.length) {
      // Remembered only when read soundly and closed by the first closing brace; -1 reads it again.
      const closed = sound && this.at === close + 1
      const values = this.compiler.availableValues
      known.push(closed ? values.get(values.length - 2) : -1, closed ? values.get(values.length - 1) : -1)
    }
    return sound
  }

  /**
   * A window field by field, `{"day":"mon","start":"14:00","end":"17:00"}`, its fields in any order, read
   * by dayIndex and parseClock as the checks read them (once per distinct window: see freeWindow).
   */
  private readWindow(): boolean {
    const { bytes } = this
    if (this.at >= this.end || bytes[this.at++] !== OPEN_BRACE) return false
    // day, start and end, each once.
    const texts: (string | null)[] = [null, null, null]
    for (;;) {
      if (!this.scanString()) return false
      const field = this.windowField()
      if (field === -1 || texts[field] !== null || this.at >= this.end || bytes[this.at++] !== COLON || !this.scanString()) return false
      texts[field] = asciiText(bytes, this.start, this.stop)
      const next = this.at < this.end ? bytes[this.at++] : -1
      if (next === CLOSE_BRACE) break
      if (next !== COMMA) return false
    }
    if (texts[0] === null || texts[1] === null || texts[2] === null) return false
    const day = dayIndex(texts[0])
    const from = parseClock(texts[1]) ?? -1
    const to = parseClock(texts[2]) ?? -1
    if (day < 0 || from < 0 || to < 0 || to <= from) return false
    this.compiler.availableValues.push(minuteOfWeek(day, from))
    this.compiler.availableValues.push(minuteOfWeek(day, to))
    return true
  }

  /** The field the text just scanned names in a window: 0 for day, 1 for start, 2 for end, -1 for any other. */
  private windowField(): number {
    for (let field = 0; field < WINDOW_FIELDS.length; field++) {
      const name = WINDOW_FIELDS[field]
      if (name.length === this.stop - this.start && startsWith(this.bytes, this.start, this.stop, name)) return field
    }
    return -1
  }
}
