import { describe, expect, it } from 'vitest'
import { createAppI18n } from '../src/i18n/createAppI18n'

const tIn = (locale: 'fi' | 'sv' | 'en') => createAppI18n(locale).global.t

describe('plurals', () => {
  it('counts adults and years in each language’s own forms, never "1 aikuista" or "adult(s)"', () => {
    expect(tIn('fi')('culture.partySize', { adults: 1 }, 1)).toBe('Lapsi ja 1 aikuinen')
    expect(tIn('fi')('culture.partySize', { adults: 2 }, 2)).toBe('Lapsi ja 2 aikuista')
    expect(tIn('sv')('culture.partySize', { adults: 1 }, 1)).toBe('Barn och 1 vuxen')
    expect(tIn('sv')('culture.partySize', { adults: 2 }, 2)).toBe('Barn och 2 vuxna')
    expect(tIn('en')('culture.partySize', { adults: 1 }, 1)).toBe('Child and 1 adult')
    expect(tIn('en')('culture.partySize', { adults: 3 }, 3)).toBe('Child and 3 adults')
    expect(tIn('fi')('institution.rosterLine', { name: 'Venla', adults: 1 }, 1)).toBe('Venla, lapsi ja 1 aikuinen')
    expect(['0', '1', '2'].map((n) => tIn('fi')('cultureAdmin.yearsCame', { years: Number(n) }, Number(n)))).toEqual(['0 vuotta', '1 vuosi', '2 vuotta'])
    expect(tIn('en')('cultureAdmin.yearsCame', { years: 1 }, 1)).toBe('1 year')
    expect([1, 2].map((rows) => tIn('fi')('classList.import', { rows }, rows))).toEqual(['Tuo 1 rivi', 'Tuo 2 riviä'])
    expect([1, 2].map((rows) => tIn('sv')('classList.import', { rows }, rows))).toEqual(['Importera 1 rad', 'Importera 2 rader'])
    expect([1, 2].map((rows) => tIn('en')('classList.import', { rows }, rows))).toEqual(['Import 1 row', 'Import 2 rows'])
  })
})
