import { parseClock, type WeeklySpan } from '@mukana/matcher'

/** What a group's session would meet in a class's week: one of its lessons, or another activity placed there. */
export interface Clash {
  session: WeeklySpan
  /** The lesson met, or null when it is an activity. */
  lesson: WeeklySpan | null
  /** The activity met, or null when it is a lesson. */
  activity: { id: number; name: string } | null
}

const minutes = (clock: string): number => parseClock(clock) as number

/** Whether two weekly spans meet: the same day, and each starts before the other ends. */
export function overlap(a: WeeklySpan, b: WeeklySpan): boolean {
  return a.day === b.day && minutes(a.start) < minutes(b.end) && minutes(b.start) < minutes(a.end)
}

/**
 * Every clash of the group's sessions with the class's lessons and with the other activities already
 * placed into the class (the group itself left out): the rule teachers see before placing, and the API
 * refuses by.
 */
export function findClashes(
  group: { id: number; sessions: readonly WeeklySpan[] },
  lessons: readonly WeeklySpan[],
  placed: readonly { id: number; name: string; sessions: readonly WeeklySpan[] }[],
): Clash[] {
  return group.sessions.flatMap((session) => [
    ...lessons.filter((lesson) => overlap(lesson, session)).map((lesson) => ({ session, lesson, activity: null })),
    ...placed
      .filter((other) => other.id !== group.id && other.sessions.some((s) => overlap(s, session)))
      .map((other) => ({ session, lesson: null, activity: { id: other.id, name: other.name } })),
  ])
}
