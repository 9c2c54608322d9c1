import { SERVICE_LANGUAGES } from '../track/track.entity.js'

/** The languages a family can be served in: its home languages among fi, sv, en; Finnish when none of them is. */
export function serviceLanguages(homeLanguages: readonly string[]): string[] {
  const served = SERVICE_LANGUAGES.filter((language) => homeLanguages.includes(language))
  return served.length > 0 ? served : ['fi']
}
