import { groupBy } from '../../../graphql/groupBy.js'

/** Plain rows in, the coordinator's culture figures out: no database here. */
export interface ChildRow {
  id: number
  birthYear: number
  district: string
  /** The first home language, as registered. */
  language: string
  trackId: number | null
}

export interface TrackRow {
  id: number
  birthYear: number
  institution: string
  field: string
}

export interface EnrolmentRow {
  childId: number
  year: number
  checkedIn: boolean
}

export interface CohortFigures {
  birthYear: number
  births: number | null
  registered: number
  placed: number
  registeredShare: number | null
  /** attendedYears[n]: children who came to events in exactly n different years. */
  attendedYears: number[]
}

export interface GroupFigures {
  label: string
  registered: number
  enrolled: number
  attended: number
}

export interface TrackYearFigures {
  trackId: number
  birthYear: number
  institution: string
  field: string
  year: number
  children: number
  enrolled: number
  attended: number
}

export interface CultureIndicators {
  cohorts: CohortFigures[]
  tracks: TrackYearFigures[]
  byDistrict: GroupFigures[]
  byLanguage: GroupFigures[]
}

/**
 * Registered share of each cohort against births, children enrolled and attending per track and year,
 * and the same by home district and home language. "Enrolled" and "attended" count children (with at
 * least one enrolment, with at least one check-in), not tickets.
 */
export function computeCultureIndicators(
  cohorts: { birthYear: number; births: number | null }[],
  tracks: TrackRow[],
  children: ChildRow[],
  enrolments: EnrolmentRow[],
): CultureIndicators {
  const enrolledYears = new Map<number, Set<number>>()
  const attendedYears = new Map<number, Set<number>>()
  for (const e of enrolments) {
    enrolledYears.set(e.childId, (enrolledYears.get(e.childId) ?? new Set()).add(e.year))
    if (e.checkedIn) attendedYears.set(e.childId, (attendedYears.get(e.childId) ?? new Set()).add(e.year))
  }
  // Each kind of group's children found in one pass (a city has tens of thousands of godchildren).
  const byBirthYear = groupBy(children, (c) => c.birthYear)
  const byTrack = groupBy(children, (c) => c.trackId)
  const cohortFigures = cohorts.map(({ birthYear, births }) => {
    const mine = byBirthYear.get(birthYear) ?? []
    const histogram = Array.from({ length: 8 }, () => 0)
    for (const child of mine) histogram[Math.min(7, attendedYears.get(child.id)?.size ?? 0)]!++
    return {
      birthYear,
      births,
      registered: mine.length,
      placed: mine.filter((c) => c.trackId !== null).length,
      registeredShare: births ? mine.length / births : null,
      attendedYears: histogram,
    }
  })
  const years = [...new Set(enrolments.map((e) => e.year))].sort()
  const trackFigures = tracks.flatMap((track) => {
    const on = byTrack.get(track.id) ?? []
    return years.map((year) => ({
      trackId: track.id,
      birthYear: track.birthYear,
      institution: track.institution,
      field: track.field,
      year,
      children: on.length,
      enrolled: on.filter((c) => enrolledYears.get(c.id)?.has(year)).length,
      attended: on.filter((c) => attendedYears.get(c.id)?.has(year)).length,
    }))
  })
  const group = (key: (c: ChildRow) => string): GroupFigures[] => {
    const byLabel = groupBy(children, key)
    return [...byLabel.keys()].sort().map((label) => {
      const mine = byLabel.get(label)!
      return {
        label,
        registered: mine.length,
        enrolled: mine.filter((c) => enrolledYears.has(c.id)).length,
        attended: mine.filter((c) => attendedYears.has(c.id)).length,
      }
    })
  }
  return { cohorts: cohortFigures, tracks: trackFigures, byDistrict: group((c) => c.district), byLanguage: group((c) => c.language) }
}
