import { InstanceCompiler, type CompileOptions } from './InstanceCompiler.js'
import { NdjsonLines } from './NdjsonLines.js'
import type { CompiledInstance } from './CompiledInstance.js'

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
 * A piece's bytes are not kept after the next piece is asked for (see NdjsonLines), so a reader may fill
 * one buffer again and again.
 *
 * `size`, the input's length in bytes when it is known, lets the columns start about as large as they
 * will be, rather than grow by copying.
 */
export function compileNdjson(pieces: Iterable<Uint8Array | string>, name = 'input', size?: number, options: CompileOptions = {}): CompiledInstance {
  const compiler = new InstanceCompiler(expectedParticipants(size), options.shared)
  const lines = new NdjsonLines(compiler, name)
  for (const piece of pieces) lines.feed(piece)
  lines.end()
  return compiler.finish(options.filter)
}

/** How many participants an input of `size` bytes holds, about (undefined when its size is not known). */
export function expectedParticipants(size: number | undefined): number | undefined {
  return size === undefined ? undefined : Math.ceil(size / BYTES_PER_PARTICIPANT)
}
