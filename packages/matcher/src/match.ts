import { buildResult } from './buildResult.js'
import { compileInstance } from './compileInstance.js'
import type { CompiledInstance } from './CompiledInstance.js'
import { MatchInputError } from './MatchInputError.js'
import { runRounds, type Assignment } from './runRounds.js'
import { MECHANISMS, type Comparison, type Mechanism, type Result } from './types.js'

/**
 * Above this many participants the other mechanism is not run unless asked for: max-coverage takes
 * minutes at national scale (see the benchmark), deferred acceptance about a second.
 */
export const COMPARE_AUTOMATICALLY_UP_TO = 100_000

export interface MatchOptions {
  /** Default: deferred-acceptance. */
  mechanism?: Mechanism
  /** Also run the other mechanism for the comparison: true, false, or (default) when the instance is small enough. */
  compare?: boolean
}

export function otherMechanism(mechanism: Mechanism): Mechanism {
  return mechanism === 'deferred-acceptance' ? 'max-coverage' : 'deferred-acceptance'
}

/** The other mechanism's assignment for the comparison, or why it was not run. */
export function compareWith(compiled: CompiledInstance, mechanism: Mechanism, compare?: boolean): Assignment | Comparison {
  const other = otherMechanism(mechanism)
  if (compare === false) return { mechanism: other, skipped: 'not requested' }
  if (compare === undefined && compiled.participantCount > COMPARE_AUTOMATICALLY_UP_TO) {
    return {
      mechanism: other,
      skipped: `${compiled.participantCount} participants: above ${COMPARE_AUTOMATICALLY_UP_TO}, the comparison runs only when asked for`,
    }
  }
  return runRounds(compiled, other)
}

/** Validates an instance, matches it and explains the outcome. Throws MatchInputError on bad input. */
export function match(input: unknown, options: MatchOptions = {}): Result {
  const mechanism = options.mechanism ?? 'deferred-acceptance'
  if (!MECHANISMS.includes(mechanism)) {
    throw new MatchInputError([{ path: 'mechanism', message: `must be one of ${MECHANISMS.join(', ')}, got "${String(mechanism)}"` }])
  }
  const compiled = compileInstance(input)
  const assignment = runRounds(compiled, mechanism)
  return buildResult(compiled, assignment, compareWith(compiled, mechanism, options.compare))
}
