/**
 * A second thread for a large input, started at once, that takes over work this one would wait for:
 * reading the second half of a newline-delimited file (see compileNdjsonFile), filtering half of the
 * rankings (see filterRange), then writing the result's longest sections (see writeResultSection): the
 * refusals and the lottery while this thread matches, the placements and the unplaced while it reports.
 * Whatever the thread fails to do is done here, so the output never depends on it.
 */
import { closeSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { parentPort, Worker, workerData } from 'node:worker_threads'
import {
  acceptableRoom,
  type AcceptableLists,
  type Assignment,
  closeAcceptable,
  type CompiledInstance,
  expectedParticipants,
  filterRange,
  moveRange,
  type ParticipantPart,
  placementRanks,
  readParticipantPart,
  type RulesSource,
  rulesSourceOf,
  type SectionDigest,
  type SectionKey,
  type SectionSource,
  sectionSourceOf,
  writeResultSection,
  type WrittenSections,
} from '@mukana/matcher'
import { openFile, readPieces } from './fileBlocks.js'

/**
 * From this many bytes of input a second thread is started: below it, starting one (about 0.1 s) costs
 * more than it saves. MUKANA_MATCH_THREAD_FROM sets it (the tests use small files).
 */
const THREAD_FROM = Number(process.env.MUKANA_MATCH_THREAD_FROM || 8 << 20)

/** What the thread is sent; it does each in turn and hands back one Done for each. */
type Work =
  | { read: { path: string; from: number; to: number } }
  | { filter: RulesSource; lists: AcceptableLists; from: number; first: number }
  | { instance: Omit<SectionSource, keyof RulesSource> }
  | { assignment: SectionDigest['assignment'] }
type Done = { part: ParticipantPart | null } | { filtered: number } | { sections: WrittenSections }

export interface SecondThread {
  /** The participants of the file's bytes [from, to), read apart (null where they cannot be: see readParticipantPart). */
  read(path: string, from: number, to: number): Promise<ParticipantPart | null>
  /**
   * The acceptable lists of `c`, compiled without them and with its columns in shared memory: the
   * thread filters the second half of the rankings into the same arrays.
   */
  filter(c: CompiledInstance): Promise<AcceptableLists>
  /** Has the refusals and the lottery of `c` written (after `filter`). */
  instance(c: CompiledInstance): void
  /** Has the placements and the unplaced of `assignment` written. */
  assignment(assignment: Assignment): void
  /** The sections written; those the thread could not write are left out (they are written here then). */
  written(): Promise<WrittenSections>
}

/**
 * Starts the thread now, for an input of `size` bytes, or gives undefined where one would not pay.
 * `entry`: the command line's own module, which the thread starts in too (and which then calls
 * serveParent).
 */
export function startSecondThread(entry: URL, size: number | undefined): SecondThread | undefined {
  if (size === undefined || size < THREAD_FROM || availableParallelism() < 2) return undefined
  const worker = new Worker(entry, { workerData: { secondThread: true } })
  /** Those waiting for the work sent, in order; each gets its Done, or null once the thread has failed. */
  const waiting: ((done: Done | null) => void)[] = []
  let failed = false
  worker.on('message', (done: Done) => waiting.shift()!(done))
  const fail = (): void => {
    failed = true
    for (const resolve of waiting.splice(0)) resolve(null)
  }
  worker.once('error', fail)
  worker.once('exit', fail)
  // The thread keeps the process alive only while it is waited for, so an error here ends the process.
  // (After the listeners: adding one makes it count again.)
  worker.unref()
  const send = (work: Work): Promise<Done | null> => {
    if (failed) return Promise.resolve(null)
    const done = new Promise<Done | null>((resolve) => waiting.push(resolve))
    worker.postMessage(work)
    return done
  }
  const waitFor = async <T>(done: Promise<T>): Promise<T> => {
    worker.ref()
    try {
      return await done
    } finally {
      worker.unref()
    }
  }
  const sections: Promise<Done | null>[] = []
  return {
    async read(path, from, to) {
      const done = await waitFor(send({ read: { path, from, to } }))
      return done && 'part' in done ? done.part : null
    },
    async filter(c) {
      const n = c.participantCount
      const half = n >> 1
      const first = c.ranking.start[half]
      const lists = acceptableRoom(c, true)
      const filtered = send({ filter: rulesSourceOf(c), lists, from: half, first })
      const firstEnd = filterRange(c, lists, 0, half, 0)
      const done = await waitFor(filtered)
      if (done && 'filtered' in done) return closeAcceptable(lists, n, moveRange(lists, half, n, first, done.filtered, firstEnd))
      // The thread failed, perhaps half-way: its half is filtered here.
      lists.refusal.fill(0, first)
      return closeAcceptable(lists, n, filterRange(c, lists, half, n, firstEnd))
    },
    instance(c) {
      const { participantIdsJson, offeringIdsJson, reserveTagsJson, lottery, acceptable } = sectionSourceOf(c, true)
      sections.push(send({ instance: { participantIdsJson, offeringIdsJson, reserveTagsJson, lottery, acceptable } }))
    },
    assignment({ participant, offering, round, seat }) {
      sections.push(send({ assignment: { participant, offering, round, seat } }))
    },
    async written() {
      const written: WrittenSections = {}
      for (const done of await waitFor(Promise.all(sections))) if (done && 'sections' in done) Object.assign(written, done.sections)
      return written
    },
  }
}

/** Whether this thread was started by startSecondThread. */
export function isSecondThread(): boolean {
  return parentPort !== null && (workerData as { secondThread?: unknown } | null)?.secondThread === true
}

/** In a thread started by startSecondThread: does the work it is sent, in order, and hands it back. */
export function serveParent(): void {
  let rules: RulesSource | undefined
  let c: SectionSource | undefined
  parentPort!.on('message', (work: Work) => {
    if ('read' in work) {
      const { path, from, to } = work.read
      const fd = openFile(path)
      let part: ParticipantPart | null
      try {
        part = readParticipantPart(readPieces(fd, from, to), expectedParticipants(to - from))
      } finally {
        closeSync(fd)
      }
      hand({ part }, part ? buffersOf(part) : [])
    } else if ('filter' in work) {
      rules = work.filter
      hand({ filtered: filterRange(rules, work.lists, work.from, rules.participantCount, work.first) }, [])
    } else if ('instance' in work) {
      c = { ...rules!, ...work.instance }
      handSections(['refused', 'lottery'], c)
    } else {
      handSections(['placements', 'unplaced'], c!, { rank: placementRanks(c!, work.assignment), assignment: work.assignment })
      parentPort!.close()
    }
  })
}

/** A part's arrays' buffers, to move rather than copy. */
function buffersOf(part: ParticipantPart): ArrayBufferLike[] {
  const buffers = new Set<ArrayBufferLike>()
  for (const value of Object.values(part)) if (ArrayBuffer.isView(value)) buffers.add(value.buffer)
  for (const lists of [part.ranking, part.tags, part.available]) for (const array of [lists.start, lists.values]) buffers.add(array.buffer)
  return [...buffers]
}

function handSections(keys: SectionKey[], c: SectionSource, digest?: SectionDigest): void {
  const sections: WrittenSections = {}
  const buffers: ArrayBufferLike[] = []
  for (const key of keys) {
    const pieces: Uint8Array[] = []
    writeResultSection(c, key, (bytes) => pieces.push(bytes.slice()), digest, 8 << 20)
    sections[key] = pieces
    for (const piece of pieces) buffers.push(piece.buffer)
  }
  hand({ sections }, buffers)
}

/** Hands work back; the arrays in `buffers` move to the other thread instead of being copied. */
function hand(done: Done, buffers: ArrayBufferLike[]): void {
  parentPort!.postMessage(done, buffers as ArrayBuffer[])
}
