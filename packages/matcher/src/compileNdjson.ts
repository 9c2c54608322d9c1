import { at, isObject } from './checkItems.js'
import { InstanceCompiler } from './InstanceCompiler.js'
import { ParticipantLineReader } from './ParticipantLineReader.js'
import type { CompiledInstance } from './CompiledInstance.js'

/**
 * Compiles an instance written as newline-delimited JSON, given as pieces of text in any sizes (a file
 * read a block at a time), so that a national instance is never one string, nor half a million objects:
 *
 *   {"format": "mukana-match/1", "seed": 2026, "maxPlacements": 1}
 *   {"offering": {"id": "o1", "capacity": 20}}
 *   {"participant": {"id": "p1", "ranking": ["o1"]}}
 *
 * The first line holds the instance's own fields; each further line one offering or one participant, in
 * any order (each kind keeps its order, and a participant may rank offerings listed after it). Blank
 * lines are skipped. Lines that are not JSON, or not one of these, are named by line number; the items'
 * own problems by their path, as in the JSON form (`participants[12] (id "p13").grade`).
 */
export function compileNdjson(pieces: Iterable<string>, name = 'input'): CompiledInstance {
  const compiler = new InstanceCompiler()
  const participantLines = new ParticipantLineReader(compiler)
  let sawHeader = false
  let number = 0
  const report = (message: string): void => compiler.issues.add(at(`${name} line ${number}`), '', message)

  const readLine = (text: string, from: number, to: number): void => {
    number++
    if (sawHeader && participantLines.read(text, from, to)) return
    const line = text.slice(from, to)
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

  // A line split between pieces is joined on its own: the pieces themselves are scanned as they are
  // (a joined string would be slower to read character by character).
  let rest = ''
  for (const piece of pieces) {
    let from = 0
    if (rest !== '') {
      const newline = piece.indexOf('\n')
      if (newline === -1) {
        rest += piece
        continue
      }
      const line = rest + piece.slice(0, newline)
      readLine(line, 0, line.length)
      from = newline + 1
    }
    for (let newline = piece.indexOf('\n', from); newline !== -1; newline = piece.indexOf('\n', from)) {
      readLine(piece, from, newline)
      from = newline + 1
    }
    rest = piece.slice(from)
  }
  if (rest !== '') readLine(rest, 0, rest.length)
  if (!sawHeader) {
    number = 1
    report("is empty: the first line holds the instance's own fields (format, seed)")
  }
  return compiler.finish()
}
