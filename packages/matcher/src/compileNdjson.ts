import { at, isObject } from './checkItems.js'
import { InstanceCompiler, type CompileOptions } from './InstanceCompiler.js'
import { ParticipantLineReader } from './ParticipantLineReader.js'
import type { CompiledInstance } from './CompiledInstance.js'

const NEWLINE = 0x0a
const EMPTY: Uint8Array = new Uint8Array(0)
/** A participant's line is rarely shorter (an id, a ranking of a few ids, a tag or two). */
const BYTES_PER_PARTICIPANT = 128

/**
 * Compiles an instance written as newline-delimited JSON, given as pieces in any sizes (a file read a
 * block at a time, as UTF-8 bytes, or as text), so that a national instance is never one string, nor
 * half a million objects:
 *
 *   {"format": "mukana-match/1", "seed": 2026, "maxPlacements": 1}
 *   {"offering": {"id": "o1", "capacity": 20}}
 *   {"participant": {"id": "p1", "ranking": ["o1"]}}
 *
 * The first line holds the instance's own fields; each further line one offering or one participant, in
 * any order (each kind keeps its order, and a participant may rank offerings listed after it). Blank
 * lines are skipped. Lines that are not JSON, or not one of these, are named by line number; the items'
 * own problems by their path, as in the JSON form (`participants[12] (id "p13").grade`).
 *
 * Lines are split and plain participant lines read on the bytes (a newline byte is never part of a
 * longer UTF-8 character); any other line is decoded on its own. A piece's bytes are not kept after the
 * next piece is asked for, so a reader may fill one buffer again and again.
 *
 * `size`, the input's length in bytes when it is known, lets the columns start about as large as they
 * will be, rather than grow by copying.
 */
export function compileNdjson(pieces: Iterable<Uint8Array | string>, name = 'input', size?: number, options: CompileOptions = {}): CompiledInstance {
  const compiler = new InstanceCompiler(size === undefined ? undefined : Math.ceil(size / BYTES_PER_PARTICIPANT), options.shared)
  const participantLines = new ParticipantLineReader(compiler)
  let sawHeader = false
  let number = 0
  const report = (message: string): void => compiler.issues.add(at(`${name} line ${number}`), '', message)

  const decoder = new TextDecoder()
  const encoder = new TextEncoder()

  const readLine = (bytes: Uint8Array, from: number, to: number): void => {
    number++
    if (sawHeader && participantLines.read(bytes, from, to)) return
    const line = decoder.decode(bytes.subarray(from, to))
    if (line.trim() === '') return
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (error) {
      return report(`is not valid JSON: ${(error as Error).message}`)
    }
    if (!isObject(value)) return report('must be a JSON object')
    if (!sawHeader) {
      sawHeader = true
      if ('offerings' in value || 'participants' in value)
        return report("the first line holds the instance's own fields; put offerings and participants on lines of their own")
      return compiler.setHeader(value)
    }
    const keys = Object.keys(value)
    if (keys.length === 1 && keys[0] === 'offering') compiler.addOffering(value.offering)
    else if (keys.length === 1 && keys[0] === 'participant') compiler.addParticipant(value.participant)
    else report('must be {"offering": {…}} or {"participant": {…}}')
  }

  // A line split between pieces is joined on its own (copied: the piece's buffer may be filled again);
  // the pieces themselves are scanned where they are.
  let rest = EMPTY
  let heldBack = ''
  for (const given of pieces) {
    let piece: Uint8Array
    if (typeof given === 'string') {
      // A character split between two texts (a surrogate pair) is encoded whole, with the second.
      const text = heldBack + given
      const split = text.length > 0 && isHighSurrogate(text.charCodeAt(text.length - 1))
      heldBack = split ? text.slice(-1) : ''
      piece = encoder.encode(split ? text.slice(0, -1) : text)
    } else piece = given
    let from = 0
    if (rest.length > 0) {
      const newline = piece.indexOf(NEWLINE)
      if (newline === -1) {
        rest = joined(rest, piece)
        continue
      }
      const line = joined(rest, piece.subarray(0, newline))
      readLine(line, 0, line.length)
      from = newline + 1
    }
    for (let newline = piece.indexOf(NEWLINE, from); newline !== -1; newline = piece.indexOf(NEWLINE, from)) {
      readLine(piece, from, newline)
      from = newline + 1
    }
    rest = joined(EMPTY, piece.subarray(from))
  }
  if (heldBack !== '') rest = joined(rest, encoder.encode(heldBack))
  if (rest.length > 0) readLine(rest, 0, rest.length)
  if (!sawHeader) {
    number = 1
    report("is empty: the first line holds the instance's own fields (format, seed)")
  }
  return compiler.finish(options.filter)
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
