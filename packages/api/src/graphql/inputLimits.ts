/**
 * The limits of inputs that the web app checks before it sends a form, as the services check them after:
 * one list, exposed through the schema (`inputLimits`), so that the two never disagree.
 */
export const INPUT_LIMITS = {
  name: { min: 1, max: 120 },
  groupSeats: { min: 1, max: 500 },
  grade: { min: 0, max: 10 },
  occurrencePlaces: { min: 2, max: 5000 },
  trackSeats: { min: 1, max: 10_000 },
  cohortBirths: { min: 0, max: 100_000 },
  maxPlacements: { min: 1, max: 3 },
  childFirstName: { min: 1, max: 80 },
  password: { min: 10, max: 200 },
  weeklyLessons: { min: 0, max: 60 },
  reserveShare: { min: 0, max: 50 },
  targetedShare: { min: 0, max: 100 },
  adultPlaces: { min: 0, max: 100 },
  serviceMapId: { min: 1, max: 999_999_999 },
} as const
export type InputLimitName = keyof typeof INPUT_LIMITS

/** Whether `value` is a whole number within the named limit. */
export function withinLimit(name: InputLimitName, value: number): boolean {
  const { min, max } = INPUT_LIMITS[name]
  return Number.isInteger(value) && value >= min && value <= max
}
