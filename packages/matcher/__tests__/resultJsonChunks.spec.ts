import { describe, expect, it } from 'vitest'
import { generateInstance, match, resultJsonChunks } from '@mukana/matcher'

describe('resultJsonChunks', () => {
  it('writes exactly JSON.stringify(result), in pieces of a few thousand items', () => {
    const result = match(generateInstance({ participants: 9_000, offerings: 300, choices: 4, seed: 5 }))
    const chunks = [...resultJsonChunks(result)]
    expect(chunks.join('')).toBe(JSON.stringify(result))
    expect(result.placements.length).toBeGreaterThan(4_000)
    expect(chunks.length).toBeGreaterThan(10)
    const whole = JSON.stringify(result).length
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThan(whole / 5)
  })

  it('writes empty lists and small results as JSON.stringify does', () => {
    const result = match(generateInstance({ participants: 0, offerings: 1, choices: 1, seed: 1 }))
    expect([...resultJsonChunks(result)].join('')).toBe(JSON.stringify(result))
  })
})
