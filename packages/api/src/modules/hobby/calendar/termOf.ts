import { helsinkiDay } from '../../../messages/index.js'

/** The term a day falls in, like "2026-autumn": spring from January to June, autumn from July (the summer leads into autumn's groups). */
export function termOf(moment: Date): string {
  const [year, month] = helsinkiDay(moment).split('-').map(Number)
  return `${year}-${month! >= 7 ? 'autumn' : 'spring'}`
}

/** The school year a term falls in: "2026-autumn" and "2027-spring" are both in 2026-2027. */
export function schoolYearOf(term: string): string {
  const [year, season] = term.split('-')
  const start = Number(year) - (season === 'spring' ? 1 : 0)
  return `${start}-${start + 1}`
}

/** The term after another: "2026-autumn" → "2027-spring". */
export function nextTerm(term: string): string {
  const [year, season] = term.split('-')
  return season === 'autumn' ? `${Number(year) + 1}-spring` : `${year}-autumn`
}

/** The term a moment falls in and the next three: the terms a form offers (groups and surveys are planned a year ahead). */
export function upcomingTerms(moment: Date): string[] {
  const terms = [termOf(moment)]
  while (terms.length < 4) terms.push(nextTerm(terms[terms.length - 1]!))
  return terms
}
