import { readInstance } from './compileInstance.js'
import type { Instance } from './types.js'

/**
 * Checks that `input` is a well-formed `mukana-match/1` instance and returns it typed.
 * Throws a MatchInputError naming each problem by its path (`participants[12] (id "p13").ranking[2]`),
 * fifty at most.
 */
export function validateInstance(input: unknown): Instance {
  readInstance(input).check()
  return input as Instance
}
