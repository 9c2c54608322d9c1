import type { HobbyGroup } from '../hobbyGroup/hobbyGroup.entity.js'
import { type Child, isPupil } from '../../people/index.js'

/** Why a child may not take a seat in a group (not a pupil, another grade, a group for girls); null when it may. */
export function ineligibility(
  child: Pick<Child, 'gender'> & { schoolClass: { grade: number } | null },
  group: Pick<HobbyGroup, 'name' | 'grades' | 'girlsOnly'>,
): string | null {
  if (!isPupil(child)) return `${group.name} is for pupils of the city's schools.`
  if (group.grades.length > 0 && !group.grades.includes(child.schoolClass.grade)) return `${group.name} is for grades ${group.grades.join(', ')}.`
  if (group.girlsOnly && child.gender !== 'girl') return `${group.name} is for girls.`
  return null
}
