const HELSINKI = 'Europe/Helsinki'

const parts = (date: Date, options: Intl.DateTimeFormatOptions): Record<string, string> =>
  Object.fromEntries(new Intl.DateTimeFormat('en-GB', { timeZone: HELSINKI, ...options }).formatToParts(date).map((part) => [part.type, part.value]))

/** The day a moment falls on in Helsinki, as yyyy-mm-dd (what a date field holds): "today" for the city. */
export function helsinkiDay(moment: Date): string {
  return moment.toLocaleDateString('sv-SE', { timeZone: HELSINKI })
}

/** 23.11.2026: the Finnish convention, in Helsinki time, whatever the page's language. */
export function formatDate(value: string | Date): string {
  const p = parts(new Date(value), { day: 'numeric', month: 'numeric', year: 'numeric' })
  return `${Number(p.day)}.${Number(p.month)}.${p.year}`
}

/** The word before a clock time in the page's language: "klo 14.05", "kl. 14.05", "at 14:05". */
const AT: Record<string, string> = { fi: 'klo', sv: 'kl.' }

/**
 * 23.11.2026 klo 14.05: the date in the Finnish convention, the time with the page's own word for it
 * (Swedish "kl.", English "at" with 14:05), in Helsinki time.
 */
export function formatDateTime(value: string | Date, language = typeof document === 'undefined' ? 'fi' : document.documentElement.lang || 'fi'): string {
  const p = parts(new Date(value), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
  const hour = String(Number(p.hour))
  if (language === 'en') return `${formatDate(value)} at ${p.hour}:${p.minute}`
  return `${formatDate(value)} ${AT[language] ?? AT.fi} ${hour}.${p.minute}`
}

/** A session clock as Finns write it: "14:05" → 14.05, "08:15" → 8.15. */
export function formatClock(clock: string): string {
  return clock.replace(/^0(\d)/, '$1').replace(':', '.')
}

/** A share 0–1 as a whole percentage ("83 %"), or a dash when there is none. */
export function formatShare(share: number | null | undefined): string {
  return share === null || share === undefined ? '–' : `${Math.round(share * 100)} %`
}
