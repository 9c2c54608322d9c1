import { describe, expect, it } from 'vitest'
import { localized } from '../src/format/localized'

describe('localized', () => {
  const name = { fi: 'Kuvataide', sv: 'Bildkonst', en: 'Visual arts' }

  it('picks the page language', () => {
    expect(localized(name, 'fi')).toBe('Kuvataide')
    expect(localized(name, 'sv')).toBe('Bildkonst')
    expect(localized(name, 'en')).toBe('Visual arts')
  })

  it('falls back to Finnish when a translation is missing or empty, or the language is unknown', () => {
    expect(localized({ fi: 'Sirkus', sv: null }, 'sv')).toBe('Sirkus')
    expect(localized({ fi: 'Sirkus', en: '' }, 'en')).toBe('Sirkus')
    expect(localized({ fi: 'Sirkus' }, 'se')).toBe('Sirkus')
  })
})
