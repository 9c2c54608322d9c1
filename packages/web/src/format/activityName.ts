import { computed, type ComputedRef } from 'vue'
import { useQuery } from '@urql/vue'
import { useI18n } from 'vue-i18n'
import { ActivitiesDocument } from '../graphql/generated'
import { localized } from './localized'

/** The activity catalogue's name for a code in the page's language. */
export function useActivityName(): ComputedRef<(code: string) => string> {
  const { locale } = useI18n()
  const { data } = useQuery({ query: ActivitiesDocument, requestPolicy: 'cache-first' })
  return computed(() => {
    const names = new Map((data.value?.activities ?? []).map((a) => [a.code, localized(a.name, locale.value)]))
    return (code: string) => names.get(code) ?? code
  })
}

/** A picture for each activity, for the pupils' page (decorative: the name is always written beside it). */
export const ACTIVITY_PICTURES: Record<string, string> = {
  'animal-club': '🐾',
  basketball: '🏀',
  bmx: '🚲',
  chess: '♟️',
  circus: '🤹',
  climbing: '🧗',
  'coding-club': '💻',
  cooking: '🍳',
  dance: '💃',
  fishing: '🎣',
  floorball: '🏑',
  football: '⚽',
  gymnastics: '🤸',
  'music-band': '🎸',
  'nature-club': '🌲',
  parkour: '🏃',
  riding: '🐴',
  swimming: '🏊',
  theatre: '🎭',
  'visual-arts': '🎨',
}
