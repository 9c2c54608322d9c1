/**
 * Reads a newline-delimited instance from a file (or standard input) into a CompiledInstance, a block of
 * a few megabytes at a time, each line compiled as it is read. Given a second thread, a large file is
 * read by both: this one reads the first half (the header, the offerings and the first participants),
 * the other the participant lines of the second half at the same time, and this one adds them after its
 * own (appendPart), as if it had read them. Where the second half holds anything else or anything wrong,
 * or the thread fails, this thread reads that half itself, so that what is reported never depends on how
 * the file was split. With a second thread, the acceptable lists are left for it to help fill.
 */
import { closeSync } from 'node:fs'
import { type CompiledInstance, expectedParticipants, InstanceCompiler, NdjsonLines } from '@mukana/matcher'
import { lineStartAfter, openFile, readPieces, sizeOf } from './fileBlocks.js'
import type { SecondThread } from './secondThread.js'

/**
 * Where the file is split, as a share of its bytes: this thread also reads the header and offerings and
 * then adds the other half's participants, so the other thread reads a little more.
 */
const SPLIT_AT = 0.44

export async function compileNdjsonFile(path: string, second?: SecondThread): Promise<CompiledInstance> {
  const size = path === '-' ? undefined : sizeOf(path)
  const compiler = new InstanceCompiler(expectedParticipants(size), second !== undefined)
  const lines = new NdjsonLines(compiler, path === '-' ? '(standard input)' : path)
  const fd = openFile(path)
  try {
    const split = second && size !== undefined ? lineStartAfter(fd, Math.floor(size * SPLIT_AT), size) : size
    const part = second && split! < size! ? second.read(path, split!, size!) : undefined
    for (const piece of readPieces(fd, 0, split)) lines.feed(piece)
    const read = part && (await part)
    if (read && lines.sawHeader) compiler.appendPart(read)
    else if (split !== undefined) for (const piece of readPieces(fd, split, size)) lines.feed(piece)
    lines.end()
  } finally {
    if (fd !== 0) closeSync(fd)
  }
  return compiler.finish(second === undefined)
}
