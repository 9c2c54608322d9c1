import { buildResult } from './buildResult.js'
import { compileInstance } from './compileInstance.js'
import { MatchInputError } from './MatchInputError.js'
import { runRounds } from './runRounds.js'
import { MECHANISMS, type Mechanism, type Result } from './types.js'

export interface MatchOptions {
  /** Default: deferred-acceptance. */
  mechanism?: Mechanism
  /** Also run the other mechanism for the comparison (default true). */
  compare?: boolean
}

export function otherMechanism(mechanism: Mechanism): Mechanism {
  return mechanism === 'deferred-acceptance' ? 'max-coverage' : 'deferred-acceptance'
}

/** Validates an instance, matches it and explains the outcome. Throws MatchInputError on bad input. */
export function match(input: unknown, options: MatchOptions = {}): Result {
  const mechanism = options.mechanism ?? 'deferred-acceptance'
  if (!MECHANISMS.includes(mechanism)) {
    throw new MatchInputError([{ path: 'mechanism', message: `must be one of ${MECHANISMS.join(', ')}, got "${String(mechanism)}"` }])
  }
  const compiled = compileInstance(input)
  const assignment = runRounds(compiled, mechanism)
  const other =
    options.compare === false
      ? { mechanism: otherMechanism(mechanism), skipped: 'not requested' }
      : runRounds(compiled, otherMechanism(mechanism))
  return buildResult(compiled, assignment, other)
}
