type Translate = (key: string, values?: Record<string, unknown>) => string

const TERM = /^(\d{4})-(spring|autumn)$/

/** A term as people say it: `2026-autumn` → "syksy 2026", "hösten 2026", "autumn 2026"; anything else as it is. */
export function termName(term: string, t: Translate): string {
  const match = TERM.exec(term)
  return match ? t(`terms.${match[2]}`, { year: match[1] }) : term
}

/** The terms a form offers (the API's `upcomingTerms`), with the form's own term kept among them (a group of a past term). */
export function termsWith(upcoming: readonly string[], current: string): string[] {
  return current && TERM.test(current) && !upcoming.includes(current) ? [current, ...upcoming] : [...upcoming]
}
