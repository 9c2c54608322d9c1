/** A child's name as staff see it: with what tells namesakes in one class apart ("Emily Brown (…4821)"). */
export function childName(child: { firstName: string; lastName?: string | null; namesake?: string | null }): string {
  const name = [child.firstName, child.lastName].filter(Boolean).join(' ')
  return child.namesake ? `${name} (${child.namesake})` : name
}
