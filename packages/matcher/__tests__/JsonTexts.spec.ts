import { describe, expect, it } from 'vitest'
import { JsonBytes } from '../src/JsonBytes'
import { arrayIndexOf, jsonTexts } from '../src/JsonTexts'

const TEXTS = ['p1', '', 'quote " here', 'back\\slash', 'line\nbreak\ttab', 'Åbo – Turku', '😀', '\u2028', '\u007f', 'x'.repeat(40)]

/** Texts k of `texts` written one after another through a JsonBytes of `size` bytes, as text. */
function writtenTexts(texts: readonly string[], size: number): string {
  const list = jsonTexts(texts)
  const pieces: Uint8Array[] = []
  const out = new JsonBytes((bytes) => pieces.push(bytes.slice()), size)
  out.raw('[')
  texts.forEach((_, k) => {
    if (k > 0) out.raw(',')
    out.text(list, k)
  })
  out.raw(']')
  out.end()
  return Buffer.concat(pieces).toString('utf8')
}

describe('jsonTexts', () => {
  it('keeps each text as JSON.stringify writes it, in UTF-8', () => {
    const list = jsonTexts(TEXTS)
    const decoder = new TextDecoder()
    TEXTS.forEach((text, k) => {
      const from = k === 0 ? 0 : list.end[k - 1]
      expect(decoder.decode(list.bytes.subarray(from, list.end[k]))).toBe(JSON.stringify(text))
    })
    expect(list.end.length).toBe(TEXTS.length)
  })

  it('is written by JsonBytes as JSON.stringify writes the texts, a text longer than the buffer too', () => {
    expect(writtenTexts(TEXTS, 16)).toBe(JSON.stringify(TEXTS))
    expect(writtenTexts([], 16)).toBe('[]')
  })

  it('puts the texts in shared memory when asked, for another thread', () => {
    const list = jsonTexts(TEXTS, true)
    expect(list.bytes.buffer).toBeInstanceOf(SharedArrayBuffer)
    expect(list.end.buffer).toBeInstanceOf(SharedArrayBuffer)
    expect(jsonTexts(TEXTS).bytes.buffer).toBeInstanceOf(ArrayBuffer)
  })
})

describe('arrayIndexOf', () => {
  it('gives the value of a text that is an array index, -1 for any other', () => {
    const cases: [string, number][] = [
      ['0', 0],
      ['17', 17],
      ['4294967294', 4294967294],
      ['4294967295', -1],
      ['10000000000', -1],
      ['007', -1],
      ['-1', -1],
      ['1.5', -1],
      ['1e3', -1],
      [' 1', -1],
      ['', -1],
      ['٣', -1],
      ['p1', -1],
    ]
    const list = jsonTexts(cases.map(([text]) => text))
    cases.forEach(([text, value], k) => expect([text, arrayIndexOf(list, k)]).toEqual([text, value]))
  })
})
