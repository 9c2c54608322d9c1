/** Meetings recorded before a hobby can count as regular. */
export const REGULAR_AFTER_MEETINGS = 4
/** Share of recorded meetings a pupil must have attended. */
export const REGULAR_SHARE = 0.75

/**
 * Whether a hobby has become regular: at least three meetings in four attended, once at least four were
 * recorded. (The programme's measure of success is a hobby that lasts, not a seat that was taken.)
 */
export function isRegular(attended: number, recorded: number): boolean {
  return recorded >= REGULAR_AFTER_MEETINGS && attended >= REGULAR_SHARE * recorded
}
