import { at, isObject } from './checkItems.js'
import { ParticipantLineReader } from './ParticipantLineReader.js'
import type { InstanceCompiler } from './InstanceCompiler.js'

const NEWLINE = 0x0a
const EMPTY: Uint8Array = new Uint8Array(0)

/**
 * Splits newline-delimited JSON into lines and reads each into an InstanceCompiler (the format is
 * described at compileNdjson). Pieces come one at a time through `feed`, in any sizes; `end` reads a last
 * line without a newline. Lines are split and plain participant lines read on the bytes (a newline byte
 * is never part of a longer UTF-8 character); any other line is decoded on its own. A piece's bytes are
 * not kept after `feed` returns, so a reader may fill one buffer again and again.
 *
 * A reader of a part of a file that starts after its first line (see readParticipantPart) reads it in
 * mode `participants`: lines are then numbered from the part's start.
 */
export class NdjsonLines {
  sawHeader: boolean
  /** Offering lines read. */
  offeringLines = 0
  private number = 0
  private readonly participantLines: ParticipantLineReader
  private readonly decoder = new TextDecoder()
  private readonly encoder = new TextEncoder()
  /** A line split between pieces, joined on its own (copied: the piece's buffer may be filled again). */
  private rest = EMPTY
  /** The first half of a surrogate pair that ended a text. */
  private heldBack = ''

  constructor(
    private readonly compiler: InstanceCompiler,
    private readonly name = 'input',
    mode: 'whole' | 'participants' = 'whole',
  ) {
    this.participantLines = new ParticipantLineReader(compiler)
    this.sawHeader = mode === 'participants'
  }

  feed(given: Uint8Array | string): void {
    let piece: Uint8Array
    if (typeof given === 'string') {
      // A character split between two texts (a surrogate pair) is encoded whole, with the second.
      const text = this.heldBack + given
      const split = text.length > 0 && isHighSurrogate(text.charCodeAt(text.length - 1))
      this.heldBack = split ? text.slice(-1) : ''
      piece = this.encoder.encode(split ? text.slice(0, -1) : text)
    } else piece = given
    let from = 0
    if (this.rest.length > 0) {
      const newline = piece.indexOf(NEWLINE)
      if (newline === -1) {
        this.rest = joined(this.rest, piece)
        return
      }
      const line = joined(this.rest, piece.subarray(0, newline))
      this.readLine(line, 0, line.length)
      from = newline + 1
    }
    for (let newline = piece.indexOf(NEWLINE, from); newline !== -1; newline = piece.indexOf(NEWLINE, from)) {
      this.readLine(piece, from, newline)
      from = newline + 1
    }
    this.rest = joined(EMPTY, piece.subarray(from))
  }

  /** Reads what is left after the last newline, and names an input without its first line. */
  end(): void {
    if (this.heldBack !== '') this.rest = joined(this.rest, this.encoder.encode(this.heldBack))
    if (this.rest.length > 0) this.readLine(this.rest, 0, this.rest.length)
    this.rest = EMPTY
    if (!this.sawHeader) {
      this.number = 1
      this.report("is empty: the first line holds the instance's own fields (format, seed)")
    }
  }

  private report(message: string): void {
    this.compiler.issues.add(at(`${this.name} line ${this.number}`), '', message)
  }

  private readLine(bytes: Uint8Array, from: number, to: number): void {
    this.number++
    if (this.sawHeader && this.participantLines.read(bytes, from, to)) return
    const line = this.decoder.decode(bytes.subarray(from, to))
    if (line.trim() === '') return
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (error) {
      return this.report(`is not valid JSON: ${(error as Error).message}`)
    }
    if (!isObject(value)) return this.report('must be a JSON object')
    if (!this.sawHeader) {
      this.sawHeader = true
      if ('offerings' in value || 'participants' in value)
        return this.report("the first line holds the instance's own fields; put offerings and participants on lines of their own")
      return this.compiler.setHeader(value)
    }
    const keys = Object.keys(value)
    if (keys.length === 1 && keys[0] === 'offering') {
      this.offeringLines++
      this.compiler.addOffering(value.offering)
    } else if (keys.length === 1 && keys[0] === 'participant') this.compiler.addParticipant(value.participant)
    else this.report('must be {"offering": {…}} or {"participant": {…}}')
  }
}

/** a and b in a new array (a Buffer's slice would share the buffer's memory). */
function joined(a: Uint8Array, b: Uint8Array): Uint8Array {
  const both = new Uint8Array(a.length + b.length)
  both.set(a)
  both.set(b, a.length)
  return both
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}
