import { spanFrom, spanTo } from './weeklyTime.js'
import type { PackedLists } from './CompiledInstance.js'
import type { WeeklySpan } from './types.js'

/** Each item's list of small integers, packed (see PackedLists). */
export function pack<T>(items: readonly T[], pick: (item: T) => readonly number[] | undefined): PackedLists {
  const start = new Int32Array(items.length + 1)
  const lists = items.map(pick)
  for (let i = 0; i < items.length; i++) start[i + 1] = start[i] + (lists[i]?.length ?? 0)
  const values = new Int32Array(start[items.length])
  for (let i = 0; i < items.length; i++) {
    const list = lists[i]
    if (list) for (let j = 0; j < list.length; j++) values[start[i] + j] = list[j]
  }
  return { start, values }
}

/** Weekly spans as [from, to) pairs of minutes of the week. */
export function packSpans<T>(items: readonly T[], pick: (item: T) => readonly WeeklySpan[] | undefined): PackedLists {
  const start = new Int32Array(items.length + 1)
  for (let i = 0; i < items.length; i++) start[i + 1] = start[i] + 2 * (pick(items[i])?.length ?? 0)
  const values = new Int32Array(start[items.length])
  for (let i = 0; i < items.length; i++) {
    const spans = pick(items[i])
    if (!spans) continue
    for (let j = 0, at = start[i]; j < spans.length; j++, at += 2) {
      values[at] = spanFrom(spans[j])
      values[at + 1] = spanTo(spans[j])
    }
  }
  return { start, values }
}
