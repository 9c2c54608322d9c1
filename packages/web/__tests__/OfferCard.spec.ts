import { describe, expect, it } from 'vitest'
import OfferCard from '../src/components/OfferCard.vue'
import { group, mountWith } from './mountWith'

const NOW = new Date('2026-11-23T12:00:00Z')
const offer = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'Offer' as const,
  id: '7',
  status: 'OFFERED' as const,
  choice: 1,
  deadline: '2026-11-30T21:59:00Z',
  queuePlace: null,
  reserve: null,
  child: { __typename: 'Child' as const, id: '1', firstName: 'Aino' },
  group: group('3', 'Circus for beginners', { activity: 'circus' }),
  ...overrides,
})
const buttons = (wrapper: ReturnType<typeof mountWith>) => wrapper.findAll('button').map((b) => b.text())

describe('OfferCard', () => {
  it('offers accept and decline until the deadline, which it shows in Finnish notation, Helsinki time', () => {
    const wrapper = mountWith(OfferCard, { props: { offer: offer(), now: NOW } })
    expect(wrapper.text()).toContain('Seat offered')
    expect(wrapper.text()).toContain('Answer by 30.11.2026 at 23:59')
    expect(buttons(wrapper)).toEqual(['Accept', 'Decline'])
  })

  it('says which choice the child got, and for a queue why the seats went to others, naming no other child', () => {
    expect(mountWith(OfferCard, { props: { offer: offer({ choice: 2 }), now: NOW } }).text()).toContain('This was choice number 2 that Aino made.')
    const waiting = mountWith(OfferCard, { props: { offer: offer({ status: 'WAITING', queuePlace: 3, deadline: null }), now: NOW } }).text()
    expect(waiting).toContain('Place 3 in the queue')
    expect(waiting).toContain('The group filled: its seats went to children drawn before Aino in the lottery or with priority.')
  })

  it('accepts with one tap', async () => {
    const wrapper = mountWith(OfferCard, { props: { offer: offer(), now: NOW } })
    await wrapper.findAll('button')[0]!.trigger('click')
    expect(wrapper.emitted('accept')).toEqual([['7']])
  })

  it('asks before declining, and declines only when confirmed', async () => {
    const wrapper = mountWith(OfferCard, { props: { offer: offer(), now: NOW } })
    await wrapper.findAll('button')[1]!.trigger('click')
    expect(wrapper.emitted('decline')).toBeUndefined()
    expect(wrapper.text()).toContain('It goes to the next child on the waiting list.')
    await wrapper.findAll('button')[1]!.trigger('click') // Cancel
    expect(buttons(wrapper)).toEqual(['Accept', 'Decline'])
    await wrapper.findAll('button')[1]!.trigger('click')
    await wrapper.findAll('button')[0]!.trigger('click') // Yes, decline
    expect(wrapper.emitted('decline')).toEqual([['7']])
  })

  it('offers nothing to answer once the deadline has passed', () => {
    const wrapper = mountWith(OfferCard, { props: { offer: offer({ deadline: '2026-11-20T21:59:00Z' }), now: NOW } })
    expect(buttons(wrapper)).toEqual([])
    expect(wrapper.text()).toContain('The deadline has passed.')
  })

  it('shows the place in the queue on the waiting list, and no buttons', () => {
    const wrapper = mountWith(OfferCard, { props: { offer: offer({ status: 'WAITING', deadline: null, queuePlace: 3 }), now: NOW } })
    expect(wrapper.text()).toContain('On the waiting list')
    expect(wrapper.text()).toContain('Place 3 in the queue')
    expect(buttons(wrapper)).toEqual([])
  })

  it('tells the family which reserve gave the seat, and nothing for an open seat', () => {
    expect(mountWith(OfferCard, { props: { offer: offer({ reserve: 'NO_REGULAR_HOBBY' }), now: NOW } }).text()).toContain(
      'The place came from the seats reserved for children without a regular hobby yet.',
    )
    expect(mountWith(OfferCard, { props: { offer: offer(), now: NOW } }).text()).not.toContain('reserved for')
  })

  it('disables the buttons while an answer is on its way', () => {
    const wrapper = mountWith(OfferCard, { props: { offer: offer(), now: NOW, busy: true } })
    expect(wrapper.findAll('button').every((b) => b.attributes('disabled') !== undefined)).toBe(true)
  })
})
