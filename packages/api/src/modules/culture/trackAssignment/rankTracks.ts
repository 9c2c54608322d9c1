import type { Track } from '../track/track.entity.js'
import { serviceLanguages } from './serviceLanguages.js'
import type { Child } from '../../people/index.js'

/**
 * The tracks a child could join, best first: those of the fields the family ranked, in its order, then
 * every other field (each child gets a track while any fits); only tracks serving one of the family's
 * languages.
 */
export function rankTracks(child: Pick<Child, 'homeLanguages' | 'fieldRanking'>, tracks: readonly Track[]): Track[] {
  const languages = serviceLanguages(child.homeLanguages)
  const wish = (track: Track) => {
    const at = child.fieldRanking.indexOf(track.field.id)
    return at < 0 ? child.fieldRanking.length : at
  }
  return tracks.filter((track) => track.languages.some((language) => languages.includes(language))).sort((a, b) => wish(a) - wish(b) || a.id - b.id)
}
