import type { Placement } from './types.js'

/**
 * A result's placements as one canonical text, for a digest that an auditor can recompute: a line per
 * placement, `participant<TAB>offering<TAB>rank`, sorted by participant, then offering (code unit order),
 * each line ending in a newline. The order the matcher made them in, and its rounds and reserves, are
 * left out: two runs agree when everybody got the same offerings at the same ranks.
 */
export function placementsText(placements: readonly Pick<Placement, 'participant' | 'offering' | 'rank'>[]): string {
  const lines = placements.map((placement) => `${placement.participant}\t${placement.offering}\t${placement.rank}\n`)
  return lines.sort().join('')
}
