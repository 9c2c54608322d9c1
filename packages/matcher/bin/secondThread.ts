/**
 * A second thread for a large input, started at once (it loads while the input is read), that takes
 * over work this one would wait for: half of the rankings' filtering (see filterAcceptable), then the
 * result's longest sections (see writeResultSection), the refusals and the lottery while this thread
 * matches and the placements and the unplaced while it reports. At national scale that is 0.3 s of filtering and most of
 * the result's bytes. Whatever the thread fails to do is done here, so the output never depends on it.
 */
import { availableParallelism } from 'node:os'
import { parentPort, Worker, workerData } from 'node:worker_threads'
import {
  acceptableRoom,
  type AcceptableLists,
  type Assignment,
  closeAcceptable,
  type CompiledInstance,
  filterRange,
  moveRange,
  placementRanks,
  type RulesSource,
  type SectionDigest,
  type SectionKey,
  type SectionSource,
  sectionSourceOf,
  writeResultSection,
  type WrittenSections,
} from '@mukana/matcher'

/**
 * From this many bytes of input a second thread is started: below it, starting one (about 0.1 s) costs
 * more than it saves. MUKANA_MATCH_THREAD_FROM sets it (the tests use small files).
 */
const THREAD_FROM = Number(process.env.MUKANA_MATCH_THREAD_FROM || 8 << 20)

/** What the thread is sent, in this order: rankings to filter, the rest of the instance, the assignment. */
type Work =
  | { filter: RulesSource; lists: AcceptableLists; from: number; first: number }
  | { instance: Omit<SectionSource, keyof RulesSource> }
  | { assignment: SectionDigest['assignment'] }
/** What it hands back. */
type Done = { filtered: number } | { sections: WrittenSections }

export interface SecondThread {
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
  const written: WrittenSections = {}
  let sent = 0
  let handed = 0
  let failed = false
  let heard = (): void => {}
  worker.on('message', (done: Done) => {
    handed++
    if ('sections' in done) Object.assign(written, done.sections)
    else filtered = done.filtered
    heard()
  })
  const fail = (): void => {
    failed = true
    heard()
  }
  worker.once('error', fail)
  worker.once('exit', fail)
  // The thread keeps the process alive only while it is waited for, so an error here ends the process.
  // (After the listeners: adding one makes it count again.)
  worker.unref()
  let filtered: number | undefined
  const send = (work: Work): void => {
    sent++
    worker.postMessage(work)
  }
  /** Until everything sent is handed back, or the thread has failed. */
  const allHanded = async (): Promise<void> => {
    worker.ref()
    while (handed < sent && !failed) await new Promise<void>((resolve) => (heard = resolve))
    worker.unref()
  }
  return {
    async filter(c) {
      const n = c.participantCount
      const half = n >> 1
      const first = c.ranking.start[half]
      const lists = acceptableRoom(c, true)
      const { participantCount, ranking, tags, grade, hasAvailability, available, lotteryRank } = c
      const { onlyTags, priorityTags, grades, sessions, reserveStart, reserveTag } = c
      const rules = {
        participantCount,
        ranking,
        tags,
        grade,
        hasAvailability,
        available,
        lotteryRank,
        onlyTags,
        priorityTags,
        grades,
        sessions,
        reserveStart,
        reserveTag,
      }
      send({ filter: rules, lists, from: half, first })
      const firstEnd = filterRange(c, lists, 0, half, 0)
      await allHanded()
      if (filtered !== undefined) return closeAcceptable(lists, n, moveRange(lists, half, n, first, filtered, firstEnd))
      // The thread failed, perhaps half-way: its half is filtered here.
      lists.refusal.fill(0, first)
      return closeAcceptable(lists, n, filterRange(c, lists, half, n, firstEnd))
    },
    instance(c) {
      const { participantIds, lottery, acceptable, offerings } = sectionSourceOf(c)
      send({ instance: { participantIds, lottery, acceptable, offerings } })
    },
    assignment({ participant, offering, round, seat }) {
      send({ assignment: { participant, offering, round, seat } })
    },
    async written() {
      await allHanded()
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
    if ('filter' in work) {
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

/** Hands work back; its arrays move to the other thread instead of being copied. */
function hand(done: Done, buffers: ArrayBufferLike[]): void {
  parentPort!.postMessage(done, buffers as ArrayBuffer[])
}
