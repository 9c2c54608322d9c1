import { describe, expect, it } from 'vitest'
import { buildResult, compileInstance, generateInstance, resultJsonChunks, runRounds, type Instance } from '@mukana/matcher'

function expectChunksOf(instance: Instance): string[] {
  const c = compileInstance(instance)
  const assignment = runRounds(c, 'deferred-acceptance')
  const other = runRounds(c, 'max-coverage')
  const chunks = [...resultJsonChunks(c, assignment, other)]
  expect(chunks.join('')).toBe(JSON.stringify(buildResult(c, assignment, other)))
  return chunks
}

describe('resultJsonChunks', () => {
  it('writes exactly JSON.stringify(buildResult(…)), in pieces of a few thousand items', () => {
    const instance = generateInstance({ participants: 9_000, offerings: 300, choices: 4, seed: 5 })
    const chunks = expectChunksOf(instance)
    expect(chunks.length).toBeGreaterThan(10)
    const whole = chunks.join('').length
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThan(whole / 5)
  })

  it('orders the lottery’s keys as JSON.stringify does: ids that are array indices first, by value', () => {
    const instance = generateInstance({ participants: 40, offerings: 3, choices: 2, seed: 2 })
    const ids = ['10', '9', 'x', '0', '007', '4294967294', '4294967295', '-1', '1.5', ...Array.from({ length: 31 }, (_, i) => String(100 - i))]
    instance.participants.forEach((participant, i) => (participant.id = ids[i]))
    expectChunksOf(instance)
  })

  it('writes empty lists and small results as JSON.stringify does', () => {
    expectChunksOf(generateInstance({ participants: 0, offerings: 1, choices: 1, seed: 1 }))
  })
})
