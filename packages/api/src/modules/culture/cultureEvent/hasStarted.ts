import type { Occurrence } from './cultureEvent.entity.js'

/** An occurrence that has started or taken place: nobody enrols in it or waits for its places any more. */
export function hasStarted(occurrence: Pick<Occurrence, 'startsAt'>, now = new Date()): boolean {
  return occurrence.startsAt <= now
}
