import { describe, expect, it } from 'vitest'
import { parseCsv } from '@mukana/matcher'

describe('parseCsv', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks', () => {
    expect(parseCsv('id,name\r\n1,"Kontula, ""east"""\n2,"two\nlines"\n')).toEqual([
      ['id', 'name'],
      ['1', 'Kontula, "east"'],
      ['2', 'two\nlines'],
    ])
  })

  it('detects the semicolon and tab delimiters of spreadsheets, skips blank lines and a byte-order mark', () => {
    expect(parseCsv('\ufeffid;capacity\n\no1;12\n')).toEqual([
      ['id', 'capacity'],
      ['o1', '12'],
    ])
    expect(parseCsv('id\tcapacity\no1\t12')).toEqual([
      ['id', 'capacity'],
      ['o1', '12'],
    ])
  })
})
