import { describe, expect, it } from 'vitest'
import { csvDialect, toCsv } from '../src/format/toCsv'

describe('toCsv', () => {
  it('writes for Finnish and Swedish Excel: a BOM, semicolons, decimal commas, quoted where needed', () => {
    const text = toCsv(
      [
        ['Taso', 'Nimi', 'Tytöistä (%)'],
        ['Koulu', 'Kontulan ala-aste; Kontula', 42.5],
        ['Luokka', 'Sanoi "moi"', 40],
      ],
      csvDialect('fi'),
    )
    expect(text).toBe('\ufeffTaso;Nimi;Tytöistä (%)\r\nKoulu;"Kontulan ala-aste; Kontula";42,5\r\nLuokka;"Sanoi ""moi""";40\r\n')
    expect(csvDialect('sv')).toEqual(csvDialect('fi'))
  })

  it('keeps RFC 4180 commas and decimal points for English', () => {
    expect(toCsv([['a', 1.5, null]], csvDialect('en'))).toBe('\ufeffa,1.5,\r\n')
  })
})
