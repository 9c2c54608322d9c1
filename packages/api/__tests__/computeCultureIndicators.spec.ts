import { describe, expect, it } from 'vitest'
import { computeCultureIndicators, type ChildRow } from '../src/modules/culture/cultureIndicator/computeCultureIndicators'

const child = (id: number, overrides: Partial<ChildRow> = {}): ChildRow => ({
  id,
  birthYear: 2020,
  district: 'Kontula',
  language: 'fi',
  trackId: 1,
  ...overrides,
})
const TRACKS = [{ id: 1, birthYear: 2020, institution: 'Orchestra', field: 'music' }]

describe('computeCultureIndicators', () => {
  it('measures each cohort against its births, and counts unplaced children as registered', () => {
    const { cohorts } = computeCultureIndicators(
      [
        { birthYear: 2020, births: 10 },
        { birthYear: 2021, births: null },
      ],
      TRACKS,
      [child(1), child(2), child(3, { trackId: null })],
      [],
    )
    expect(cohorts[0]).toMatchObject({ birthYear: 2020, registered: 3, placed: 2, registeredShare: 0.3 })
    expect(cohorts[1]).toMatchObject({ birthYear: 2021, registered: 0, registeredShare: null })
  })

  it('counts children, not tickets: enrolled and attended per track and year', () => {
    const enrolments = [
      { childId: 1, year: 2025, checkedIn: true },
      { childId: 1, year: 2025, checkedIn: false },
      { childId: 2, year: 2025, checkedIn: false },
      { childId: 1, year: 2026, checkedIn: true },
    ]
    const { tracks } = computeCultureIndicators([{ birthYear: 2020, births: 10 }], TRACKS, [child(1), child(2), child(3)], enrolments)
    expect(tracks).toEqual([
      { trackId: 1, birthYear: 2020, institution: 'Orchestra', field: 'music', year: 2025, children: 3, enrolled: 2, attended: 1 },
      { trackId: 1, birthYear: 2020, institution: 'Orchestra', field: 'music', year: 2026, children: 3, enrolled: 1, attended: 1 },
    ])
  })

  it('tells how many years each child really came, and the figures by district and language', () => {
    const enrolments = [2022, 2023, 2024].map((year) => ({ childId: 1, year, checkedIn: true }))
    const result = computeCultureIndicators(
      [{ birthYear: 2020, births: 10 }],
      TRACKS,
      [child(1), child(2, { district: 'Vuosaari', language: 'so' })],
      enrolments,
    )
    expect(result.cohorts[0]!.attendedYears).toEqual([1, 0, 0, 1, 0, 0, 0, 0])
    expect(result.byDistrict).toEqual([
      { label: 'Kontula', registered: 1, enrolled: 1, attended: 1 },
      { label: 'Vuosaari', registered: 1, enrolled: 0, attended: 0 },
    ])
    expect(result.byLanguage.map((g) => g.label)).toEqual(['fi', 'so'])
  })
})
