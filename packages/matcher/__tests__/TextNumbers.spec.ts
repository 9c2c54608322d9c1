import { describe, expect, it } from 'vitest'
import { hashText, TextNumbers } from '../src/TextNumbers'

describe('TextNumbers', () => {
  it('numbers texts in the order first met, the same whichever way they are asked for', () => {
    const numbers = new TextNumbers()
    expect(numbers.numberOf('o1')).toBe(0)
    const line = '["o2","o1","o3"]'
    const bytes = new TextEncoder().encode(line)
    const at = (start: number, end: number) => numbers.numberAt(bytes, start, end, hashText(line, start, end))
    expect([at(2, 4), at(7, 9), at(12, 14)]).toEqual([1, 0, 2])
    expect([numbers.numberOf('o3'), numbers.numberOf('o2'), numbers.numberOf('o4')]).toEqual([2, 1, 3])
    expect(at(12, 14)).toBe(2)
    expect(numbers.size).toBe(4)
    expect(numbers.text(3)).toBe('o4')
  })

  it('tells texts apart whose hashes are equal, and keeps them apart as its table grows', () => {
    const numbers = new TextNumbers()
    const text = Array.from({ length: 5000 }, (_, i) => `id-${i}`).join(' ')
    const bytes = new TextEncoder().encode(text)
    let start = 0
    const given: number[] = []
    for (const word of text.split(' ')) {
      // Every text under one hash: only comparing the texts keeps them apart.
      given.push(numbers.numberAt(bytes, start, start + word.length, 7))
      start += word.length + 1
    }
    expect(given).toEqual(Array.from({ length: 5000 }, (_, i) => i))
    expect(numbers.numberOf('id-4321')).toBe(4321)
    expect(numbers.numberAt(new TextEncoder().encode('x id-17'), 2, 7, 7)).toBe(17)
    expect(numbers.text(5000 - 1)).toBe('id-4999')
  })

  it('never meets a text that is not ASCII by its bytes, nor a longer or shorter text', () => {
    const numbers = new TextNumbers()
    const line = 'Aiti o1 o12'
    const bytes = new TextEncoder().encode(line)
    const at = (start: number, end: number) => numbers.numberAt(bytes, start, end, hashText(line, start, end))
    // 'Äiti' and 'Aiti' differ in one character; 'o1' is the start of 'o12'.
    expect([numbers.numberOf('Äiti'), numbers.numberOf('o1')]).toEqual([0, 1])
    expect([at(0, 4), at(5, 7), at(8, 11)]).toEqual([2, 1, 3])
    expect([numbers.numberOf('Aiti'), numbers.numberOf('o12'), numbers.numberOf('Äiti')]).toEqual([2, 3, 0])
  })
})
