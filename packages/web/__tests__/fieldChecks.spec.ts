import { describe, expect, it } from 'vitest'
import { clockTime, emailAddress, fieldPath, issuesOf, laterThan, requiredText, textLike, wholeNumberIn, wholeNumbersIn, z } from '../src/form/fieldChecks'

/** Test vocabulary: the issues a schema finds in `values`, in the API's shape. */
function issuesIn(schema: z.ZodMiniType, values: unknown) {
  const result = schema.safeParse(values)
  return result.success ? [] : issuesOf(result.error)
}

describe('field checks', () => {
  it('name the rule the API names, with its limits, for each field', () => {
    const schema = z.object({
      name: requiredText(),
      capacity: wholeNumberIn({ min: 1, max: 500 }),
      grades: wholeNumbersIn({ min: 0, max: 10 }),
      email: emailAddress(),
      term: textLike(/^\d{4}-(spring|autumn)$/, '2026-autumn'),
    })
    expect(issuesIn(schema, { name: '  ', capacity: '-5', grades: '3, 12', email: 'x@', term: 'autumn' })).toEqual([
      { field: 'name', rule: 'required' },
      { field: 'capacity', rule: 'range', params: { min: 1, max: 500 } },
      { field: 'grades', rule: 'range', params: { min: 0, max: 10 } },
      { field: 'email', rule: 'email' },
      { field: 'term', rule: 'format', params: { example: '2026-autumn' } },
    ])
    expect(issuesIn(schema, { name: 'Sirkus', capacity: ' 12 ', grades: '3 4', email: 'a@b.fi', term: '2026-autumn' })).toEqual([])
  })

  it('tells a number that is none from one out of range, and lets an optional one be empty', () => {
    expect(issuesIn(wholeNumberIn({ min: 1, max: 5 }), 'kaksi')).toEqual([{ field: '', rule: 'number' }])
    expect(issuesIn(wholeNumberIn({ min: 1, max: 5 }), '1.5')).toEqual([{ field: '', rule: 'number' }])
    expect(issuesIn(wholeNumberIn({ min: 1, max: 5 }), '')).toEqual([{ field: '', rule: 'required' }])
    expect(issuesIn(wholeNumberIn({ min: 1, max: 5 }, { optional: true }), '')).toEqual([])
    // Before the limits have loaded, only the form of the number is checked: the API checks the rest.
    expect(issuesIn(wholeNumberIn(undefined), '9999')).toEqual([])
  })

  it('names a part of a list as the API does, `sessions[1].end`', () => {
    const session = z.object({ start: clockTime(), end: clockTime() }).check(
      laterThan(
        (s: { start: string; end: string }) => s.start,
        (s) => s.end,
        ['end'],
      ),
    )
    const schema = z.object({ sessions: z.array(session) })
    expect(
      issuesIn(schema, {
        sessions: [
          { start: '14:15', end: '15:15' },
          { start: '15:00', end: '14:00' },
          { start: '25:00', end: '26:00' },
        ],
      }),
    ).toEqual([
      { field: 'sessions[1].end', rule: 'after' },
      { field: 'sessions[2].start', rule: 'time' },
      { field: 'sessions[2].end', rule: 'time' },
    ])
    expect(fieldPath(['occurrences', 0, 'capacity'])).toBe('occurrences[0].capacity')
  })
})
