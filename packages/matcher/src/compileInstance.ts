import { isObject, show } from './checkItems.js'
import { InstanceCompiler, type CompileOptions } from './InstanceCompiler.js'
import { MatchInputError } from './MatchInputError.js'
import type { CompiledInstance } from './CompiledInstance.js'

/**
 * Validates an instance (see validateInstance; throws MatchInputError naming every problem) and indexes
 * it for the mechanisms. The lottery is drawn here, once, from the seed and the ids.
 */
export function compileInstance(input: unknown, options: CompileOptions = {}): CompiledInstance {
  return readInstance(input, options.shared).finish(options.filter)
}

/** An instance's parts given to a compiler, each checked as it goes in. */
export function readInstance(input: unknown, shared = false): InstanceCompiler {
  if (!isObject(input)) throw new MatchInputError([{ path: '(instance)', message: `must be a JSON object, got ${show(input)}` }])
  const { offerings, participants } = input
  const compiler = new InstanceCompiler(Array.isArray(participants) ? participants.length : undefined, shared)
  compiler.setHeader(input)
  if (Array.isArray(offerings)) for (const offering of offerings) compiler.addOffering(offering)
  else compiler.issues.add(() => '', 'offerings', `must be a list, got ${show(offerings)}`)
  if (Array.isArray(participants)) for (const participant of participants) compiler.addParticipant(participant)
  else compiler.issues.add(() => '', 'participants', `must be a list, got ${show(participants)}`)
  return compiler
}
