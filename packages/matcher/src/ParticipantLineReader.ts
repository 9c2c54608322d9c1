import { FNV_OFFSET, FNV_PRIME } from './TextNumbers.js'
import { dayIndex, minuteOfWeek, parseClock } from './weeklyTime.js'
import type { InstanceCompiler } from './InstanceCompiler.js'

export const PARTICIPANT_LINE_START = '{"participant":{'

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
const FIELD_NAMES: [string, number][] = [
  ['"id":', ID],
  ['"ranking":', RANKING],
  ['"tags":', TAGS],
  ['"grade":', GRADE],
  ['"available":', AVAILABLE],
]

/**
 * Reads a participant's line, `{"participant":{"id":…,"ranking":[…],…}}`, straight into the compiler's
 * columns, without JSON.parse and without an object per participant: at national scale that is most of
 * the time and garbage of reading an instance. It takes only lines written plainly, as JSON.stringify
 * writes them (no spaces inside, no escapes in texts, each field once, values of the right kinds, sound
 * weekly windows), and `read` returns false, having stored nothing, for any other line: that line is
 * parsed with JSON.parse and checked field by field, which names what is wrong. Both roads store the
 * same for every line this one takes.
 */
export class ParticipantLineReader {
  private text = ''
  private at = 0
  private end = 0
  /** The last text scanned: text[start ..< stop], and its hash. */
  private start = 0
  private stop = 0
  private hash = 0
  /** The stamp of the ranking being read (see InstanceCompiler). */
  private stamp = 0
  // The participant read so far.
  private id = ''
  private idHash = 0
  private grade = -1
  private hasAvailability = 0

  constructor(private readonly compiler: InstanceCompiler) {}

  /** Reads text[from ..< to] (one line, without its newline); false when the line needs the long road. */
  read(text: string, from: number, to: number): boolean {
    if (!text.startsWith(PARTICIPANT_LINE_START, from)) return false
    const c = this.compiler
    const rankings = c.rankingValues.length
    const tags = c.tagsValues.length
    const windows = c.availableValues.length
    this.text = text
    this.at = from + PARTICIPANT_LINE_START.length
    this.end = to
    if (!this.fields()) {
      c.rankingValues.truncate(rankings)
      c.tagsValues.truncate(tags)
      c.availableValues.truncate(windows)
      return false
    }
    c.pushParticipant(this.id, this.idHash, this.grade, this.hasAvailability, NaN)
    return true
  }

  /** The fields up to the participant's closing brace and the line's end; false for the long road. */
  private fields(): boolean {
    const { text } = this
    let seen = 0
    this.grade = -1
    for (;;) {
      const field = this.fieldName()
      if (field === 0 || (seen & field) !== 0) return false
      seen |= field
      if (field === ID) {
        if (!this.scanString() || this.start === this.stop) return false
        this.id = text.slice(this.start, this.stop)
        this.idHash = this.hash
      } else if (field === RANKING) {
        if (!this.ranking()) return false
      } else if (field === TAGS) {
        if (!this.tags()) return false
      } else if (field === GRADE) {
        this.grade = this.wholeNumber()
        if (this.grade < 0) return false
      } else if (!this.windows()) return false
      const next = text.charCodeAt(this.at++)
      if (next === CLOSE_BRACE) break
      if (next !== COMMA) return false
    }
    if ((seen & (ID | RANKING)) !== (ID | RANKING) || text.charCodeAt(this.at++) !== CLOSE_BRACE) return false
    // What may follow a line's JSON: blanks and a carriage return.
    for (; this.at < this.end; this.at++) {
      const ch = text.charCodeAt(this.at)
      if (ch !== 0x20 && ch !== 0x09 && ch !== 0x0d) return false
    }
    this.hasAvailability = (seen & AVAILABLE) !== 0 ? 1 : 0
    return true
  }

  /** `"name":` of a field the quick road reads, as its bit; 0 for any other. */
  private fieldName(): number {
    for (const [name, field] of FIELD_NAMES) {
      if (this.text.startsWith(name, this.at)) {
        this.at += name.length
        return field
      }
    }
    return 0
  }

  /**
   * Scans a text without escapes or control characters, leaving it at text[start ..< stop] with its
   * hash (see hashText); false otherwise.
   */
  private scanString(): boolean {
    const { text, end } = this
    if (text.charCodeAt(this.at) !== QUOTE) return false
    const start = this.at + 1
    let hash = FNV_OFFSET
    for (let i = start; i < end; i++) {
      const ch = text.charCodeAt(i)
      if (ch === QUOTE) {
        this.start = start
        this.stop = i
        this.hash = hash
        this.at = i + 1
        return true
      }
      if (ch === BACKSLASH || ch < 0x20) return false
      hash = Math.imul(hash ^ ch, FNV_PRIME)
    }
    return false
  }

  /** A text as scanString reads it, as a string; null otherwise. */
  private string(): string | null {
    return this.scanString() ? this.text.slice(this.start, this.stop) : null
  }

  /** A JSON list whose items `item` reads (`[]` too); false for anything else. */
  private list(item: () => boolean): boolean {
    const { text } = this
    if (text.charCodeAt(this.at++) !== OPEN_BRACKET) return false
    if (text.charCodeAt(this.at) === CLOSE_BRACKET) {
      this.at++
      return true
    }
    for (;;) {
      if (!item()) return false
      const next = text.charCodeAt(this.at++)
      if (next === CLOSE_BRACKET) return true
      if (next !== COMMA) return false
    }
  }

  private ranking(): boolean {
    this.stamp = this.compiler.nextStamp()
    return this.list(this.rankedId)
  }

  /** An offering id of the ranking, ranked once. */
  private readonly rankedId = (): boolean => {
    const c = this.compiler
    if (!this.scanString()) return false
    const n = c.offeringNumberAt(this.text, this.start, this.stop, this.hash)
    if (!c.firstTime(n, this.stamp)) return false
    c.rankingValues.push(n)
    return true
  }

  private tags(): boolean {
    return this.list(this.tag)
  }

  private readonly tag = (): boolean => {
    if (!this.scanString() || this.start === this.stop) return false
    this.compiler.tagsValues.push(this.compiler.tagNumberAt(this.text, this.start, this.stop, this.hash))
    return true
  }

  /** A whole number of at most 15 digits as JSON writes it; -1 otherwise. */
  private wholeNumber(): number {
    const { text } = this
    const start = this.at
    let value = 0
    for (let ch = text.charCodeAt(this.at); ch >= ZERO && ch <= NINE; ch = text.charCodeAt(++this.at)) value = 10 * value + ch - ZERO
    const digits = this.at - start
    if (digits === 0 || digits > 15 || (digits > 1 && text.charCodeAt(start) === ZERO)) return -1
    return value
  }

  /** Free-time windows, `[{"day":"mon","start":"14:00","end":"17:00"}, …]`, each sound. */
  private windows(): boolean {
    return this.list(this.freeWindow)
  }

  private readonly freeWindow = (): boolean => {
    const { text } = this
    if (text.charCodeAt(this.at++) !== OPEN_BRACE) return false
    let day: string | null = null
    let start: string | null = null
    let end: string | null = null
    for (;;) {
      const name = this.string()
      if (name === null || text.charCodeAt(this.at++) !== COLON) return false
      const value = this.string()
      if (value === null) return false
      if (name === 'day' && day === null) day = value
      else if (name === 'start' && start === null) start = value
      else if (name === 'end' && end === null) end = value
      else return false
      const next = text.charCodeAt(this.at++)
      if (next === CLOSE_BRACE) break
      if (next !== COMMA) return false
    }
    if (day === null || start === null || end === null) return false
    const d = dayIndex(day)
    const from = parseClock(start)
    const to = parseClock(end)
    if (d < 0 || from === null || to === null || to <= from) return false
    this.compiler.availableValues.push(minuteOfWeek(d, from))
    this.compiler.availableValues.push(minuteOfWeek(d, to))
    return true
  }
}
