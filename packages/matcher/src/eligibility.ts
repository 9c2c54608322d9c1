import type { CompiledInstance } from './CompiledInstance.js'
import type { RefusalWhy } from './types.js'

/** As much of a compiled instance as the rules of who may join what, and in which order, read. */
export type RulesSource = Pick<
  CompiledInstance,
  | 'participantCount'
  | 'ranking'
  | 'tags'
  | 'grade'
  | 'hasAvailability'
  | 'available'
  | 'lotteryRank'
  | 'onlyTags'
  | 'priorityTags'
  | 'grades'
  | 'sessions'
  | 'reserveStart'
  | 'reserveTag'
>

/** The rules' part of a compiled instance, as an object of its own (to send to another thread). */
export function rulesSourceOf(c: RulesSource): RulesSource {
  const { participantCount, ranking, tags, grade, hasAvailability, available, lotteryRank } = c
  const { onlyTags, priorityTags, grades, sessions, reserveStart, reserveTag } = c
  return { participantCount, ranking, tags, grade, hasAvailability, available, lotteryRank, onlyTags, priorityTags, grades, sessions, reserveStart, reserveTag }
}

export function hasTag(c: Pick<CompiledInstance, 'tags'>, p: number, tag: number): boolean {
  const { start, values } = c.tags
  for (let i = start[p], end = start[p + 1]; i < end; i++) if (values[i] === tag) return true
  return false
}

function hasAnyTag(c: Pick<CompiledInstance, 'tags'>, p: number, wanted: CompiledInstance['onlyTags'], o: number): boolean {
  for (let i = wanted.start[o], end = wanted.start[o + 1]; i < end; i++) if (hasTag(c, p, wanted.values[i])) return true
  return false
}

/** Why offering o cannot take participant p regardless of seats, or null when it can. */
export function refusalOf(c: RulesSource, p: number, o: number): RefusalWhy | null {
  const { onlyTags, grades, sessions, available } = c
  if (onlyTags.start[o + 1] > onlyTags.start[o] && !hasAnyTag(c, p, onlyTags, o)) return 'only-tags'
  if (grades.start[o + 1] > grades.start[o]) {
    let ok = false
    for (let i = grades.start[o], end = grades.start[o + 1]; i < end && !ok; i++) ok = grades.values[i] === c.grade[p]
    if (!ok) return 'grade'
  }
  if (c.hasAvailability[p] === 1) {
    const s = sessions.values
    const w = available.values
    for (let i = sessions.start[o], end = sessions.start[o + 1]; i < end; i += 2) {
      let fits = false
      for (let j = available.start[p], wend = available.start[p + 1]; j < wend && !fits; j += 2) {
        fits = w[j] <= s[i] && s[i + 1] <= w[j + 1]
      }
      if (!fits) return 'sessions-outside-availability'
    }
  }
  return null
}

/** The priority of p at o as one integer, lower first: priority-tag carriers, then the lottery. */
export function priorityKey(c: RulesSource, p: number, o: number): number {
  const rank = c.lotteryRank[p]
  const { priorityTags } = c
  if (priorityTags.start[o + 1] > priorityTags.start[o] && hasAnyTag(c, p, priorityTags, o)) return rank
  return c.participantCount + rank
}

/** Whether two offerings have a session each that overlap in time. */
export function sessionsOverlap(c: CompiledInstance, a: number, b: number): boolean {
  const { start, values } = c.sessions
  for (let i = start[a], aend = start[a + 1]; i < aend; i += 2) {
    for (let j = start[b], bend = start[b + 1]; j < bend; j += 2) {
      if (values[i] < values[j + 1] && values[j] < values[i + 1]) return true
    }
  }
  return false
}
