/** First and last school day of a term like "2026-autumn" (Helsinki's usual calendar), as yyyy-mm-dd. */
export function termDates(term: string): { first: string; last: string } {
  const [year, season] = term.split('-')
  return season === 'spring' ? { first: `${year}-01-08`, last: `${year}-05-30` } : { first: `${year}-08-11`, last: `${year}-12-20` }
}
