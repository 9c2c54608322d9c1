import { EntitySchema } from '@mikro-orm/core'
import type { RefusalWhy } from '@mukana/matcher'
import { ChildEntity, type Child } from '../../people/index.js'
import { HobbyGroupEntity, type HobbyGroup } from '../hobbyGroup/hobbyGroup.entity.js'
import { MatchRunEntity, type MatchRun } from './matchRun.entity.js'

/**
 * A group a child ranked but could not join in a published run, whatever its seats (the match's
 * `refused`): a girls' group, another grade, sessions outside the child's free time. Written when the
 * run is published, so that the family's page says why without reading the run.
 */
export interface ChoiceRefusal {
  id: number
  run: MatchRun
  child: Child
  group: HobbyGroup
  /** The child's choice number of the group (1 = most wanted). */
  rank: number
  why: RefusalWhy
}

export const ChoiceRefusalEntity = new EntitySchema<ChoiceRefusal>({
  name: 'ChoiceRefusal',
  tableName: 'choice_refusal',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    run: { kind: 'm:1', entity: () => MatchRunEntity },
    child: { kind: 'm:1', entity: () => ChildEntity, index: true },
    group: { kind: 'm:1', entity: () => HobbyGroupEntity },
    rank: { type: 'integer' },
    why: { type: 'string', length: 40 },
  },
})
