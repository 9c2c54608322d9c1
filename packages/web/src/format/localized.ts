import { useI18n } from 'vue-i18n'

/** A text the API gives in the city's languages (its LocalizedText): Finnish always, the others when given. */
export interface Localized {
  fi: string
  sv?: string | null
  en?: string | null
}

/** The text in the language asked for, falling back to Finnish (the one language every text has). */
export function localized(text: Localized, locale: string): string {
  const wanted = locale === 'sv' ? text.sv : locale === 'en' ? text.en : text.fi
  return wanted || text.fi
}

/** `localized` in the page's current language. */
export function useLocalized(): (text: Localized) => string {
  const { locale } = useI18n()
  return (text) => localized(text, locale.value)
}

/** Content a publisher names in the city's languages (a group, an event, an institution): its name in the page's language, else Finnish. */
export function useContentName(): (row: { name: string; names?: Localized | null }) => string {
  const { locale } = useI18n()
  return (row) => (row.names ? localized(row.names, locale.value) : row.name)
}
