import { createI18n } from 'vue-i18n'
import { en } from './en'
import { fi } from './fi'
import { sv } from './sv'

export const LOCALES = ['fi', 'sv', 'en'] as const
export type Locale = (typeof LOCALES)[number]
const KEY = 'mukana.locale'

function initialLocale(): Locale {
  const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(KEY)
  return (LOCALES as readonly string[]).includes(saved ?? '') ? (saved as Locale) : 'fi'
}

export function createAppI18n(locale: Locale = initialLocale()) {
  // The page says its language from the start (a remembered Swedish too), for assistive technology and the clock format.
  if (typeof document !== 'undefined') document.documentElement.lang = locale
  return createI18n({ legacy: false, locale, fallbackLocale: 'fi', messages: { fi, sv, en } })
}

/** Remembers the choice and tells assistive technology the page's language. */
export function rememberLocale(locale: string): void {
  localStorage.setItem(KEY, locale)
  document.documentElement.lang = locale
}
