import { resultOutline } from './buildResult.js'
import { digestAssignment } from './digestAssignment.js'
import { JsonBytes } from './JsonBytes.js'
import { sectionSourceOf, writeList, writeSection, type SectionSource, type WrittenSections } from './writeResultSection.js'
import type { CompiledInstance } from './CompiledInstance.js'
import type { Assignment } from './runRounds.js'
import type { Comparison } from './types.js'

/**
 * Writes a match's result as JSON, as UTF-8 bytes handed to `flush` a buffer at a time (the buffer is
 * filled again after each call, so write or copy it there). The bytes are exactly those of
 * `JSON.stringify(buildResult(c, assignment, other))`, but a national result (a hundred megabytes)
 * never exists as one string, and its placements, refusals and lottery never as objects: they are
 * written from the compiled arrays, field by field.
 */
export function writeResultJson(
  c: CompiledInstance,
  assignment: Assignment,
  other: Assignment | Comparison,
  flush: (bytes: Uint8Array) => void,
  bufferSize?: number,
): void {
  prepareResultJson(c, assignment, other)(flush, bufferSize)
}

/** Writes a result prepared by prepareResultJson; `written` gives sections written ahead, handed on as they are. */
export type ResultJsonWriter = (flush: (bytes: Uint8Array) => void, bufferSize?: number, written?: WrittenSections) => void

/**
 * The same in two steps: the result's reports first (most of the work after matching), then its
 * writing, which may take sections written ahead by writeResultSection (in another thread, meanwhile).
 */
export function prepareResultJson(c: CompiledInstance, assignment: Assignment, other: Assignment | Comparison): ResultJsonWriter {
  const digest = digestAssignment(c, assignment)
  const outline = resultOutline(c, digest, other)
  return (flush, bufferSize, written = {}) => {
    const out = new JsonBytes(flush, bufferSize)
    // Made only when a section was not written ahead.
    let source: SectionSource | undefined
    let separator = '{'
    for (const [key, value] of Object.entries(outline)) {
      if (value === undefined) continue
      out.raw(separator)
      out.string(key)
      out.raw(':')
      separator = ','
      if (key === 'placements' || key === 'unplaced' || key === 'refused' || key === 'lottery') {
        const pieces = written[key]
        if (pieces) out.bytes(pieces)
        else writeSection(out, (source ??= sectionSourceOf(c)), key, digest)
      } else if (Array.isArray(value)) writeList(out, value.length, (i) => out.value(value[i]))
      else out.value(value)
    }
    out.raw(separator === '{' ? '{}' : '}')
    out.end()
  }
}
