import { describe, expect, it } from 'vitest'
import {
  buildResult,
  compileInstance,
  generateInstance,
  placementRanks,
  prepareResultJson,
  runRounds,
  sectionSourceOf,
  writeResultJson,
  writeResultSection,
  type Instance,
  type WrittenSections,
} from '@mukana/matcher'

/**
 * Expects the written bytes to be JSON.stringify(buildResult(…)) as UTF-8, also with the longest sections
 * written apart, as the command line's other thread writes them from what it is sent (a structured
 * clone, its texts in shared memory); gives the pieces handed over.
 */
function expectWrittenAsStringified(instance: Instance, bufferSize?: number): Uint8Array[] {
  const c = compileInstance(instance)
  const assignment = runRounds(c, 'deferred-acceptance')
  const other = runRounds(c, 'max-coverage')
  const expected = JSON.stringify(buildResult(c, assignment, other))
  const pieces: Uint8Array[] = []
  // The buffer is filled again after each piece: keep copies.
  writeResultJson(c, assignment, other, (bytes) => pieces.push(bytes.slice()), bufferSize)
  expect(Buffer.concat(pieces).toString('utf8')).toBe(expected)

  const sent = structuredClone(sectionSourceOf(c, true))
  const placed = structuredClone({ participant: assignment.participant, offering: assignment.offering, round: assignment.round, seat: assignment.seat })
  const written: WrittenSections = {}
  const digest = { rank: placementRanks(sent, placed), assignment: placed }
  for (const key of ['placements', 'unplaced', 'refused', 'lottery'] as const) {
    const section: Uint8Array[] = (written[key] = [])
    writeResultSection(sent, key, (bytes) => section.push(bytes.slice()), digest, bufferSize)
  }
  const apart: Uint8Array[] = []
  prepareResultJson(c, assignment, other)((bytes) => apart.push(bytes.slice()), bufferSize, written)
  expect(Buffer.concat(apart).toString('utf8')).toBe(expected)
  return pieces
}

describe('writeResultJson', () => {
  it('writes exactly JSON.stringify(buildResult(…)), a buffer at a time', () => {
    const instance = generateInstance({ participants: 9_000, offerings: 300, choices: 4, seed: 5 })
    const pieces = expectWrittenAsStringified(instance, 64 << 10)
    expect(pieces.length).toBeGreaterThan(10)
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThanOrEqual(64 << 10)
  })

  it('escapes texts as JSON.stringify does, in UTF-8, even a text longer than the buffer', () => {
    const instance = generateInstance({ participants: 60, offerings: 4, choices: 3, seed: 3, windowsShare: 0.5 })
    const odd = ['Äiti "Ö"', 'back\\slash', 'tab\there', '€ ja 😀', 'x'.repeat(5000), '\u2028']
    instance.participants.forEach((participant, i) => (participant.id = `${odd[i % odd.length]}-${i}`))
    instance.offerings[0].id = 'kerho "Ä"'
    for (const participant of instance.participants) participant.ranking = participant.ranking.map((id) => (id === 'o1' ? 'kerho "Ä"' : id))
    expectWrittenAsStringified(instance, 1024)
  })

  it('orders the lottery’s keys as JSON.stringify does: ids that are array indices first, by value', () => {
    const instance = generateInstance({ participants: 40, offerings: 3, choices: 2, seed: 2 })
    const ids = ['10', '9', 'x', '0', '007', '4294967294', '4294967295', '-1', '1.5', ...Array.from({ length: 31 }, (_, i) => String(100 - i))]
    instance.participants.forEach((participant, i) => (participant.id = ids[i]))
    expectWrittenAsStringified(instance)
  })

  it('writes empty lists and small results as JSON.stringify does', () => {
    expectWrittenAsStringified(generateInstance({ participants: 0, offerings: 1, choices: 1, seed: 1 }))
  })
})
