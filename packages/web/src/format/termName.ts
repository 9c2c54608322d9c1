type Translate = (key: string, values?: Record<string, unknown>) => string

const TERM = /^(\d{4})-(spring|autumn)$/

/** A term as people say it: `2026-autumn` → "syksy 2026", "hösten 2026", "autumn 2026"; anything else as it is. */
export function termName(term: string, t: Translate): string {
  const match = TERM.exec(term)
  return match ? t(`terms.${match[2]}`, { year: match[1] }) : term
}

/** The term now and the next three, for a form to choose from; the form's current term stays among them. */
export function upcomingTerms(now: Date, current?: string): string[] {
  const year = now.getFullYear()
  const autumn = now.getMonth() >= 6
  const terms = autumn
    ? [`${year}-autumn`, `${year + 1}-spring`, `${year + 1}-autumn`, `${year + 2}-spring`]
    : [`${year}-spring`, `${year}-autumn`, `${year + 1}-spring`, `${year + 1}-autumn`]
  return current && TERM.test(current) && !terms.includes(current) ? [current, ...terms] : terms
}
