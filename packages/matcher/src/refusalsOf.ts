import { refusalAt, type CompiledInstance } from './CompiledInstance.js'
import type { Refusal } from './types.js'

/** The ranked offerings participant p cannot join whatever their seats, in its ranking's order, and why. */
export function refusalsOf(c: CompiledInstance, p: number): Refusal[] {
  const { offerings } = c
  const ranked = c.ranking.start[p + 1] - c.ranking.start[p]
  const acceptable = c.acceptable.start[p + 1] - c.acceptable.start[p]
  const refusals: Refusal[] = []
  // The compiled acceptable list already counts them: stop once all are found.
  for (let i = c.ranking.start[p]; i < c.ranking.start[p + 1] && refusals.length < ranked - acceptable; i++) {
    const why = refusalAt(c, i)
    if (why) refusals.push({ offering: offerings[c.ranking.values[i]].id, why })
  }
  return refusals
}
