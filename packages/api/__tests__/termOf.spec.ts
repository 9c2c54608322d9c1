import { describe, expect, it } from 'vitest'
import { nextTerm, termOf, upcomingTerms } from '../src/modules/hobby/calendar/termOf'

describe('termOf', () => {
  it('names the term by the Helsinki day: spring to June, autumn from July', () => {
    expect(termOf(new Date('2026-06-30T20:59:00Z'))).toBe('2026-spring') // 23:59 in Helsinki
    expect(termOf(new Date('2026-06-30T21:00:00Z'))).toBe('2026-autumn') // midnight, 1 July, in Helsinki
    expect(termOf(new Date('2026-12-31T22:30:00Z'))).toBe('2027-spring')
  })

  it('goes on to the next term across the new year', () => {
    expect(nextTerm('2026-spring')).toBe('2026-autumn')
    expect(nextTerm('2026-autumn')).toBe('2027-spring')
  })

  it('offers the term now and the next three', () => {
    expect(upcomingTerms(new Date('2026-12-02T10:00:00Z'))).toEqual(['2026-autumn', '2027-spring', '2027-autumn', '2028-spring'])
    expect(upcomingTerms(new Date('2027-03-01T10:00:00Z'))).toEqual(['2027-spring', '2027-autumn', '2028-spring', '2028-autumn'])
  })
})
