import { InstanceCompiler } from './InstanceCompiler.js'
import { NdjsonLines } from './NdjsonLines.js'
import type { ParticipantPart } from './ParticipantPart.js'

/**
 * Reads a part of a newline-delimited instance that starts after its first line and holds participant
 * lines only (a national file lists its offerings first) into a ParticipantPart. It gives null as soon
 * as the part has anything else, or anything wrong: the whole file's compiler then reads those lines
 * itself, which numbers them in the file and names every problem as a single reader would.
 *
 * `expected`: how many participants the part holds, about, when known.
 */
export function readParticipantPart(pieces: Iterable<Uint8Array>, expected?: number): ParticipantPart | null {
  const compiler = new InstanceCompiler(expected, false, true)
  const lines = new NdjsonLines(compiler, 'part', 'participants')
  const clean = (): boolean => compiler.issues.count === 0 && lines.offeringLines === 0
  for (const piece of pieces) {
    lines.feed(piece)
    if (!clean()) return null
  }
  lines.end()
  return clean() ? compiler.toPart() : null
}
