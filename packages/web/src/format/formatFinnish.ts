const HELSINKI = 'Europe/Helsinki'

const parts = (date: Date, options: Intl.DateTimeFormatOptions): Record<string, string> =>
  Object.fromEntries(new Intl.DateTimeFormat('en-GB', { timeZone: HELSINKI, ...options }).formatToParts(date).map((part) => [part.type, part.value]))

/** 23.11.2026: the Finnish convention, in Helsinki time, whatever the page's language. */
export function formatDate(value: string | Date): string {
  const p = parts(new Date(value), { day: 'numeric', month: 'numeric', year: 'numeric' })
  return `${Number(p.day)}.${Number(p.month)}.${p.year}`
}

/** 23.11.2026 14.05 */
export function formatDateTime(value: string | Date): string {
  const p = parts(new Date(value), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
  return `${formatDate(value)} ${p.hour}.${p.minute}`
}

/** A session clock as Finns write it: "14:05" → 14.05, "08:15" → 8.15. */
export function formatClock(clock: string): string {
  return clock.replace(/^0(\d)/, '$1').replace(':', '.')
}

/** A share 0–1 as a whole percentage ("83 %"), or a dash when there is none. */
export function formatShare(share: number | null | undefined): string {
  return share === null || share === undefined ? '–' : `${Math.round(share * 100)} %`
}
