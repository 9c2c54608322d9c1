/**
 * The result's longest sections (see writeResultSection), written by another thread while this one
 * works: the refusals and the lottery while it matches, the placements while it reports. At national
 * scale they are most of the result's bytes, and their writing (texts and numbers formatted one by one)
 * needs little memory beyond its own, so both threads run at full speed.
 */
import { availableParallelism } from 'node:os'
import { parentPort, Worker, workerData } from 'node:worker_threads'
import {
  type Assignment,
  type CompiledInstance,
  placementRanks,
  type SectionDigest,
  type SectionKey,
  sectionSourceOf,
  type SectionSource,
  writeResultSection,
  type WrittenSections,
} from '@mukana/matcher'

/**
 * From this many bytes of input a thread writes the sections: below it, starting a thread (about 0.1 s)
 * costs more than it saves. MUKANA_MATCH_THREAD_FROM sets it (the tests use small files).
 */
const THREAD_FROM = Number(process.env.MUKANA_MATCH_THREAD_FROM || 8 << 20)

/** What the thread is sent: first the instance, then the assignment (its arrays). */
type Work = { instance: SectionSource } | { assignment: SectionDigest['assignment'] }

export interface SectionWriter {
  /** Has the refusals and the lottery of `c` written. */
  instance(c: CompiledInstance): void
  /** Has the placements of `assignment` (of the instance given before) written. */
  assignment(assignment: Assignment): void
  /** The sections written; those the thread could not write (it failed) are left out, to be written here. */
  written(): Promise<WrittenSections>
}

/**
 * Starts the thread now, for an input of `size` bytes (it loads while the input is read), or gives
 * undefined where a thread would not pay. `entry`: the command line's own module, which the thread
 * starts in too (and which then calls writeSectionsForParent).
 */
export function startSectionWriter(entry: URL, size: number | undefined): SectionWriter | undefined {
  if (size === undefined || size < THREAD_FROM || availableParallelism() < 2) return undefined
  const worker = new Worker(entry, { workerData: { writeSections: true } })
  const written: WrittenSections = {}
  let expected = 0
  let received = 0
  let finished: (() => void) | undefined
  const done = new Promise<void>((resolve) => (finished = resolve))
  worker.on('message', (sections: WrittenSections) => {
    Object.assign(written, sections)
    if (++received === expected) finished!()
  })
  worker.once('error', () => finished!())
  worker.once('exit', () => finished!())
  // The thread keeps the process alive only while it is waited for: an error here ends the process.
  // (After the listeners: adding one makes it count again.)
  worker.unref()
  const send = (work: Work): void => {
    expected++
    worker.postMessage(work)
  }
  return {
    instance(c) {
      send({ instance: sectionSourceOf(c) })
    },
    assignment({ participant, offering, round, seat }) {
      send({ assignment: { participant, offering, round, seat } })
    },
    async written() {
      worker.ref()
      if (received < expected) await done
      worker.unref()
      return written
    },
  }
}

/** Whether this thread was started by startSectionWriter. */
export function isSectionWriter(): boolean {
  return parentPort !== null && (workerData as { writeSections?: unknown } | null)?.writeSections === true
}

/** In a thread started by startSectionWriter: writes the sections of the work it is sent, and hands them over. */
export function writeSectionsForParent(): void {
  let c: SectionSource | undefined
  parentPort!.on('message', (work: Work) => {
    if ('instance' in work) {
      c = work.instance
      hand(['refused', 'lottery'], c)
    } else {
      hand(['placements'], c!, { rank: placementRanks(c!, work.assignment), assignment: work.assignment })
      parentPort!.close()
    }
  })
}

function hand(keys: SectionKey[], c: SectionSource, digest?: SectionDigest): void {
  const sections: WrittenSections = {}
  const buffers: ArrayBuffer[] = []
  for (const key of keys) {
    const pieces: Uint8Array[] = []
    writeResultSection(c, key, (bytes) => pieces.push(bytes.slice()), digest, 8 << 20)
    sections[key] = pieces
    for (const piece of pieces) buffers.push(piece.buffer as ArrayBuffer)
  }
  // The bytes move to the other thread instead of being copied.
  parentPort!.postMessage(sections, buffers)
}
