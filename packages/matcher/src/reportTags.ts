import type { CompiledInstance } from './CompiledInstance.js'

/** The tags whose carriers reports follow: the instance's `reportTags`, or those of reserves and onlyTags. */
export function reportTags(c: CompiledInstance): { name: string; index: number }[] {
  const names = c.reportTags ?? [...new Set(c.offerings.flatMap((o) => [...(o.reserved ?? []).map((r) => r.tag), ...(o.onlyTags ?? [])]))]
  return names.map((name) => ({ name, index: c.tagIndex.get(name) ?? -1 }))
}
