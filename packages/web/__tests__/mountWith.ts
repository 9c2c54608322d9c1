/** Test vocabulary: mount a component with the app's English messages and an API that answers the activity catalogue. */
import { mount, type ComponentMountingOptions } from '@vue/test-utils'
import { Client, fetchExchange } from '@urql/core'
import urql from '@urql/vue'
import type { Component } from 'vue'
import type { ActivitiesQuery } from '../src/graphql/generated'
import { createAppI18n } from '../src/i18n/createAppI18n'

// Typed by the generated query, so that a change of the schema fails the type check here too.
const ACTIVITIES: ActivitiesQuery['activities'] = [
  { code: 'football', name: { fi: 'Jalkapallo', sv: 'Fotboll', en: 'Football' } },
  { code: 'circus', name: { fi: 'Sirkus', sv: 'Cirkus', en: 'Circus' } },
]

export function mountWith<C extends Component>(component: C, options: ComponentMountingOptions<C> = {}) {
  const client = new Client({
    url: 'http://api.test/graphql',
    exchanges: [fetchExchange],
    fetch: async () =>
      new Response(JSON.stringify({ data: { activities: ACTIVITIES.map((a) => ({ __typename: 'Activity', ...a })) } }), {
        headers: { 'content-type': 'application/json' },
      }),
  })
  return mount(component, { ...options, global: { plugins: [createAppI18n('en'), [urql, client]], stubs: { RouterLink: true } } } as never)
}

export const group = (id: string, name: string, overrides: Record<string, unknown> = {}) => ({
  __typename: 'HobbyGroup' as const,
  id,
  name,
  names: { __typename: 'LocalizedText' as const, fi: name, sv: null as string | null, en: null as string | null },
  activity: 'football',
  description: '',
  venue: 'Kontula sports park',
  kind: 'AFTER_SCHOOL' as const,
  capacity: 12,
  seatsTaken: 0,
  seatsLeft: 12,
  girlsOnly: false,
  girlsReservedSeats: 0,
  familyGroup: false,
  adultPlaces: 0,
  adultPlacesLeft: 0,
  grades: [3],
  term: '2026-autumn',
  sessions: [{ __typename: 'WeeklySession' as const, day: 'MON' as const, start: '14:15', end: '15:15' }],
  club: { __typename: 'Club' as const, id: '1', name: 'Kontulan Kisa' },
  school: null,
  ...overrides,
})
