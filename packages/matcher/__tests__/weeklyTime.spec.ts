import { describe, expect, it } from 'vitest'
import { sameWeek, type WeeklySpan } from '@mukana/matcher'

const span = (day: WeeklySpan['day'], start: string, end: string): WeeklySpan => ({ day, start, end })

describe('sameWeek', () => {
  it('holds two lists of the same spans the same, whatever their order', () => {
    expect(sameWeek([span('mon', '08:15', '09:00'), span('tue', '10:00', '11:00')], [span('tue', '10:00', '11:00'), span('mon', '08:15', '09:00')])).toBe(true)
    expect(sameWeek([], [])).toBe(true)
  })

  it('tells a moved, added or dropped span apart', () => {
    const week = [span('mon', '08:15', '09:00'), span('tue', '10:00', '11:00')]
    expect(sameWeek(week, [span('mon', '08:15', '09:00'), span('tue', '10:00', '11:15')])).toBe(false)
    expect(sameWeek(week, [span('mon', '08:15', '09:00'), span('wed', '10:00', '11:00')])).toBe(false)
    expect(sameWeek(week, [...week, span('fri', '12:00', '13:00')])).toBe(false)
    expect(sameWeek(week, [week[0]!])).toBe(false)
    expect(sameWeek([week[0]!, week[0]!], [week[0]!, week[1]!])).toBe(false)
  })
})
