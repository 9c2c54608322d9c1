/** Files read a block at a time, for the command line's threads. */
import { openSync, readSync, statSync } from 'node:fs'
import { UsageError } from './UsageError.js'

const NEWLINE = 0x0a

/** A file's descriptor (0 for standard input, `-`), or a UsageError naming why it cannot be read. */
export function openFile(path: string): number {
  try {
    return path === '-' ? 0 : openSync(path, 'r')
  } catch (error) {
    throw cannotRead(path, error)
  }
}

/** The UsageError for a file (or standard input, `-`) that cannot be read. */
export function cannotRead(path: string, error: unknown): UsageError {
  return new UsageError(`cannot read ${path === '-' ? 'standard input' : path}: ${(error as Error).message}`)
}

/**
 * The bytes [from, to) of a file, a block of a few megabytes at a time, in one buffer filled again for
 * each block (a reader keeps nothing of a block once it asks for the next); to the end, read in order,
 * when `to` is not given (standard input).
 */
export function* readPieces(fd: number, from = 0, to?: number): Generator<Uint8Array> {
  const block = Buffer.alloc(4 << 20)
  for (let at = from; to === undefined || at < to;) {
    const want = to === undefined ? block.length : Math.min(block.length, to - at)
    let read: number
    try {
      read = readSync(fd, block, 0, want, to === undefined ? null : at)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') continue
      if ((error as NodeJS.ErrnoException).code === 'EOF') read = 0
      else throw error
    }
    if (read === 0) break
    at += read
    yield block.subarray(0, read)
  }
}

/** Where the first line that starts at or after byte `at` starts (`size` when none does). */
export function lineStartAfter(fd: number, at: number, size: number): number {
  const block = Buffer.alloc(1 << 16)
  for (let from = Math.max(0, at - 1); from < size; from += block.length) {
    const read = readSync(fd, block, 0, Math.min(block.length, size - from), from)
    const newline = block.subarray(0, read).indexOf(NEWLINE)
    if (newline !== -1) return from + newline + 1
    if (read === 0) break
  }
  return size
}

/** A file's size in bytes, or undefined when it cannot be told (it is then named when it is read). */
export function sizeOf(path: string): number | undefined {
  try {
    return statSync(path).size
  } catch {
    return undefined
  }
}
