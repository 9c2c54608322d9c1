import type { Language } from './message.entity.js'

/** The city's time zone: every moment in a message is told in Helsinki time. */
export const TIME_ZONE = 'Europe/Helsinki'

/** The day a moment falls on in Helsinki, as yyyy-mm-dd: "today" for the city, whatever the server's own zone. */
export function helsinkiDay(moment: Date): string {
  return moment.toLocaleDateString('sv-SE', { timeZone: TIME_ZONE })
}

const LOCALES: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' }
const AT: Record<Language, string> = { fi: 'klo', sv: 'kl.', en: 'at' }
const DAY_INDEX: Record<string, number> = { mon: 0, tue: 1, wed: 2, thu: 3, fri: 4, sat: 5, sun: 6 }

function parts(moment: Date, language: Language): Record<string, string> {
  const format = new Intl.DateTimeFormat(LOCALES[language], {
    timeZone: TIME_ZONE,
    weekday: 'short',
    day: 'numeric',
    month: language === 'en' ? 'short' : 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
  return Object.fromEntries(format.formatToParts(moment).map((part) => [part.type, part.value]))
}

/** The clock time as each language writes it: 16.00 in Finnish and Swedish, 16:00 in English. */
export function formatClock(time: string, language: Language): string {
  return language === 'en' ? time : time.replace(/^0(\d)/, '$1').replace(':', '.')
}

/** A weekday's short name ("ke", "ons", "Wed") from mon…sun. */
export function weekdayName(day: string, language: Language): string {
  // 2024-01-01 was a Monday.
  const monday = Date.UTC(2024, 0, 1, 12)
  const date = new Date(monday + (DAY_INDEX[day] ?? 0) * 86_400_000)
  return new Intl.DateTimeFormat(LOCALES[language], { weekday: 'short', timeZone: 'UTC' }).format(date).replace(/\.$/, '')
}

/**
 * A moment the way a family reads it in a message, in Helsinki time: "ke 3.12. klo 16.00",
 * "ons 3.12. kl. 16.00", "Wed 3 Dec at 16:00".
 */
export function formatMoment(moment: Date, language: Language): string {
  const p = parts(moment, language)
  const weekday = p.weekday.replace(/\.$/, '')
  const clock = formatClock(`${p.hour}:${p.minute}`, language)
  if (language === 'en') return `${weekday} ${p.day} ${p.month} ${AT.en} ${clock}`
  return `${weekday} ${p.day}.${p.month}. ${AT[language]} ${clock}`
}

/** Weekly sessions: "ti klo 15.00–16.00, to klo 15.00–16.00". */
export function formatSessions(sessions: { day: string; start: string; end: string }[], language: Language): string {
  return sessions
    .map(
      (s) => `${weekdayName(s.day, language)} ${language === 'en' ? '' : `${AT[language]} `}${formatClock(s.start, language)}–${formatClock(s.end, language)}`,
    )
    .join(', ')
}
