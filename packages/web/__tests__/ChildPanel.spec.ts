import { describe, expect, it } from 'vitest'
import ChildPanel from '../src/views/guardian/ChildPanel.vue'
import { group, mountWith } from './mountWith'

const NOW = new Date('2026-10-01T12:00:00Z')
const child = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'Child' as const,
  id: '7',
  firstName: 'Eino',
  lastName: 'Huoltaja',
  schoolClass: { __typename: 'SchoolClass' as const, id: '1', name: '3A', school: { __typename: 'School' as const, name: 'Kontulan ala-aste' } },
  enrolments: [],
  surveyAnswers: [],
  refusedChoices: [],
  ...overrides,
})

describe('ChildPanel', () => {
  it('starts with where things stand, then the hobbies the child has, each of which can be quit', () => {
    const football = group('1', 'Jalkapallo', { names: { __typename: 'LocalizedText', fi: 'Jalkapallo', sv: 'Fotboll', en: 'Football' } })
    const wrapper = mountWith(ChildPanel, {
      props: {
        child: child({ enrolments: [{ __typename: 'Enrolment', id: '3', status: 'ENROLLED', group: football }] }),
        offers: [],
        openSurveys: [],
        now: NOW,
      },
    })
    expect(wrapper.find('.child-status').text()).toBe('Eino has a hobby: Football.')
    expect(wrapper.find('button[aria-label="Quit the hobby Football: Eino"]').exists()).toBe(true)
  })

  it('says why the better-ranked groups were not possible, by the choice number, naming no other child', () => {
    const refusedChoices = [
      {
        __typename: 'RefusedChoice',
        choice: 1,
        reason: 'GIRLS_ONLY',
        group: { __typename: 'HobbyGroup', id: '4', name: 'Tyttöjen tanssi', names: { fi: 'Tyttöjen tanssi', sv: null, en: 'Dance for girls' } },
      },
      {
        __typename: 'RefusedChoice',
        choice: 2,
        reason: 'TIMES',
        group: { __typename: 'HobbyGroup', id: '5', name: 'Koulusirkus', names: { fi: 'Koulusirkus', sv: null, en: null } },
      },
    ]
    const wrapper = mountWith(ChildPanel, { props: { child: child({ refusedChoices }), offers: [], openSurveys: [], now: NOW } })
    const lines = wrapper.findAll('.refused-list li').map((li) => li.text())
    expect(lines).toEqual([
      'Dance for girls (choice 1): the group is for girls only.',
      'Koulusirkus (choice 2): the group meets during lessons of Eino or outside the time given as free.',
    ])
  })
})
