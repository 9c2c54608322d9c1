import { describe, expect, it } from 'vitest'
import { JsonBytes } from '../src/JsonBytes'

/** What `write` puts through a JsonBytes of `size` bytes, as text, and the largest piece handed over. */
function written(write: (out: JsonBytes) => void, size?: number): { text: string; largest: number } {
  const pieces: Uint8Array[] = []
  const out = new JsonBytes((bytes) => pieces.push(bytes.slice()), size)
  write(out)
  out.end()
  return { text: Buffer.concat(pieces).toString('utf8'), largest: Math.max(0, ...pieces.map((piece) => piece.length)) }
}

describe('JsonBytes', () => {
  it('writes numbers as JSON.stringify does, null for one that is not finite', () => {
    const numbers = [0, -0, 7, -12.5, 0.1 + 0.2, 1e21, 5e-324, NaN, Infinity, -Infinity]
    const { text } = written((out) => {
      out.raw('[')
      numbers.forEach((value, i) => {
        if (i > 0) out.raw(',')
        out.number(value)
      })
      out.raw(']')
    })
    expect(text).toBe(JSON.stringify(numbers))
  })

  it('writes texts as JSON.stringify does, in pieces no larger than its buffer unless one text is', () => {
    const texts = ['plain', 'quote " and \\ backslash', 'line\nbreak\ttab', 'Åbo – Turku', '😀', '\u2028', 'x'.repeat(40)]
    const { text, largest } = written((out) => {
      out.raw('[')
      texts.forEach((t, i) => {
        if (i > 0) out.raw(',')
        out.string(t)
      })
      out.raw(']')
    }, 16)
    expect(text).toBe(JSON.stringify(texts))
    // The 40 x's, quoted, are the one piece larger than the buffer.
    expect(largest).toBe(42)
  })
})
