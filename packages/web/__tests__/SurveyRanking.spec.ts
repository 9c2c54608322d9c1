import { afterEach, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import SurveyRanking from '../src/components/SurveyRanking.vue'
import { group, mountWith } from './mountWith'

const GROUPS = [group('1', 'Football'), group('2', 'Circus', { activity: 'circus', kind: 'SCHOOL_DAY' }), group('3', 'Floorball', { familyGroup: true })]

const mounted: { unmount(): void }[] = []
afterEach(() => mounted.splice(0).forEach((wrapper) => wrapper.unmount()))

function rankingOf(initial: string[] = []) {
  const wrapper = mountWith(SurveyRanking, {
    attachTo: document.body,
    props: { groups: GROUPS, modelValue: initial, 'onUpdate:modelValue': (value: string[]) => wrapper.setProps({ modelValue: value }) },
  })
  mounted.push(wrapper)
  const chosen = () => wrapper.findAll('.ranking__item').map((li) => li.find('strong').text())
  const emitted = () => (wrapper.emitted('update:modelValue') ?? []).at(-1)?.[0]
  const click = (label: string) => wrapper.find(`button[aria-label="${label}"]`).trigger('click')
  const focused = async () => {
    await new Promise((resolve) => setTimeout(resolve))
    return document.activeElement?.getAttribute('aria-label')
  }
  return { wrapper, chosen, emitted, click, focused }
}

describe('SurveyRanking', () => {
  it('adds groups as the next choice, in the order they are picked', async () => {
    const { wrapper, chosen, emitted, click } = rankingOf()
    expect(wrapper.text()).toContain('Nothing chosen yet')
    await click('Add Circus to the choices')
    await click('Add Football to the choices')
    expect(chosen()).toEqual(['Circus', 'Football'])
    expect(emitted()).toEqual(['2', '1'])
    // Chosen groups leave the list to choose from.
    expect(wrapper.findAll('.ranking__option').map((li) => li.find('strong').text())).toEqual(['Floorball'])
  })

  it('reorders with the up and down buttons (the keyboard way), and says so to screen readers', async () => {
    const { wrapper, chosen, emitted, click } = rankingOf(['1', '2', '3'])
    expect(wrapper.find('button[aria-label="Move Football up"]').attributes('disabled')).toBeDefined()
    expect(wrapper.find('button[aria-label="Move Floorball down"]').attributes('disabled')).toBeDefined()
    await click('Move Floorball up')
    expect(chosen()).toEqual(['Football', 'Floorball', 'Circus'])
    await click('Move Football down')
    expect(emitted()).toEqual(['3', '1', '2'])
    expect(wrapper.find('[aria-live="polite"]').text()).toBe('Football is now choice 2.')
  })

  it('reorders by dragging a choice onto another', async () => {
    const { wrapper, emitted } = rankingOf(['1', '2', '3'])
    const items = wrapper.findAll('.ranking__item')
    await items[2]!.trigger('dragstart')
    await items[0]!.trigger('drop')
    expect(emitted()).toEqual(['3', '1', '2'])
  })

  it('removes a choice, which can be chosen again', async () => {
    const { wrapper, chosen, click } = rankingOf(['1', '2'])
    await click('Remove Football')
    expect(chosen()).toEqual(['Circus'])
    expect(wrapper.find('button[aria-label="Add Football to the choices"]').exists()).toBe(true)
  })

  it("shows each group's day, time, place, and whether it is during the school day or a family group", async () => {
    const { wrapper } = rankingOf(['2'])
    await nextTick()
    const circus = wrapper.find('.ranking__item').text()
    expect(circus).toContain('Mon 14.15–15.15')
    expect(circus).toContain('Kontula sports park')
    expect(circus).toContain('During the school day')
    expect(wrapper.findAll('.ranking__option')[1]!.text()).toContain('A parent joins')
  })

  it('ignores ids of groups that are no longer offered', () => {
    const { chosen } = rankingOf(['9', '1'])
    expect(chosen()).toEqual(['Football'])
  })

  it('keeps the focus on the moved choice, also when it reaches the top or the bottom', async () => {
    const { wrapper, click, focused } = rankingOf(['1', '2', '3'])
    await click('Move Floorball up')
    expect(await focused()).toBe('Move Floorball up')
    await click('Move Floorball up')
    // At the top "up" is disabled: the focus goes to the same choice's "down".
    expect(await focused()).toBe('Move Floorball down')
    expect(wrapper.find('[aria-live="polite"]').text()).toBe('Floorball is now choice 1.')
  })

  it('moves a choice with the arrow keys, announcing its new place', async () => {
    const { wrapper, emitted, focused } = rankingOf(['1', '2', '3'])
    await wrapper.find('button[aria-label="Remove Football"]').trigger('keydown', { key: 'ArrowDown' })
    expect(emitted()).toEqual(['2', '1', '3'])
    expect(await focused()).toBe('Move Football down')
    expect(wrapper.find('[aria-live="polite"]').text()).toBe('Football is now choice 2.')
    await wrapper.find('button[aria-label="Move Football down"]').trigger('keydown', { key: 'ArrowUp' })
    expect(emitted()).toEqual(['1', '2', '3'])
  })

  it('after adding, focuses the next group to choose from; after removing, the next choice', async () => {
    const { wrapper, click, focused } = rankingOf()
    await click('Add Football to the choices')
    expect(wrapper.find('[aria-live="polite"]').text()).toBe('Football added as choice 1.')
    expect(await focused()).toBe('Add Circus to the choices')
    await click('Add Circus to the choices')
    await click('Add Floorball to the choices')
    // Nothing left to choose: the focus goes to the new choice.
    expect(await focused()).toBe('Move Floorball up')
    await click('Remove Football')
    expect(await focused()).toBe('Remove Circus')
  })
})
