import { describe, expect, it } from 'vitest'
import TimetableGrid, { type TimetableEntry } from '../src/components/TimetableGrid.vue'
import { mountWith } from './mountWith'

const ENTRIES: TimetableEntry[] = [
  { day: 'MON', start: '08:15', end: '09:00', label: 'Lesson', kind: 'lesson' },
  { day: 'THU', start: '12:45', end: '13:30', label: 'Comics and drawing', kind: 'activity' },
  { day: 'THU', start: '12:00', end: '12:45', label: 'Lesson', kind: 'lesson' },
  { day: 'TUE', start: '07:30', end: '08:00', label: 'Morning club', kind: 'proposed' },
  { day: 'FRI', start: '18:00', end: '19:00', label: 'Evening chess', kind: 'conflict' },
]

/** The text of the cell at an hour's row and a day's column. */
function cell(wrapper: ReturnType<typeof mountWith>, hour: number, day: number): string {
  const row = wrapper.findAll('tbody tr').find((tr) => tr.find('th').text() === String(hour))!
  return row.findAll('td')[day]!.text()
}

describe('TimetableGrid', () => {
  it('is a table with a caption, a column per weekday and a row per hour', () => {
    const wrapper = mountWith(TimetableGrid, { props: { entries: ENTRIES, caption: 'Week of class 3A' } })
    expect(wrapper.find('caption').text()).toBe('Week of class 3A')
    expect(wrapper.findAll('thead th').map((th) => th.text())).toEqual(['Hour', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri'])
    expect(wrapper.findAll('tbody th').map((th) => th.text())).toEqual(['8', '9', '10', '11', '12', '13', '14', '15', '16'])
  })

  it('puts each entry in the hour it starts, in Finnish time notation, earliest first', () => {
    const wrapper = mountWith(TimetableGrid, { props: { entries: ENTRIES, caption: 'Week' } })
    expect(cell(wrapper, 8, 0)).toContain('8.15–9.00')
    expect(cell(wrapper, 12, 3)).toMatch(/12\.00–12\.45\s*Lesson\s*12\.45–13\.30\s*Comics and drawing/)
    expect(cell(wrapper, 13, 3)).toBe('')
  })

  it('keeps entries before the first hour or after the last on the grid, at its edges', () => {
    const wrapper = mountWith(TimetableGrid, { props: { entries: ENTRIES, caption: 'Week' } })
    expect(cell(wrapper, 8, 1)).toContain('Morning club')
    expect(cell(wrapper, 16, 4)).toContain('Evening chess')
  })

  it('tells screen readers what is a hobby, a proposal or a clash, not only by colour', () => {
    const wrapper = mountWith(TimetableGrid, { props: { entries: ENTRIES, caption: 'Week' } })
    expect(cell(wrapper, 12, 3)).toContain('(Hobby)')
    expect(cell(wrapper, 8, 1)).toContain('(Would go here)')
    expect(cell(wrapper, 16, 4)).toContain('(Clash)')
    expect(wrapper.find('.timetable__entry--conflict').exists()).toBe(true)
  })

  it('shows the whole week when asked (a family calendar)', () => {
    const wrapper = mountWith(TimetableGrid, { props: { entries: [], caption: 'Week', days: ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'] } })
    expect(wrapper.findAll('thead th')).toHaveLength(8)
  })
})
