import { EntitySchema } from '@mikro-orm/core'
import { HobbyGroupEntity, type HobbyGroup } from '../hobbyGroup/hobbyGroup.entity.js'
import { MatchRunEntity, type MatchRun } from '../matchRun/matchRun.entity.js'
import { type Child, ChildEntity } from '../../people/index.js'

export const OFFER_STATUSES = ['waiting', 'offered', 'accepted', 'declined', 'lapsed'] as const
export type OfferStatus = (typeof OFFER_STATUSES)[number]

/**
 * A published run's seat for a pupil in a group, or the pupil's place on the group's waiting list.
 * `waiting` rows are promoted to `offered`, lowest position first, when an offered seat is declined or
 * lapses. Status changes are conditional updates (`where status = …`), so no seat is given twice.
 */
export interface Offer {
  id: number
  run: MatchRun
  child: Child
  group: HobbyGroup
  status: OfferStatus
  /** Waiting-list position (priority order at the group), null for seats offered at publication. */
  position: number | null
  /** Answer by then; null while waiting. */
  deadline: Date | null
  /** Where the pupil ranked the group (1 = first choice). */
  rank: number
  /** The reserve whose seat the match gave (its tag, e.g. "girl"); null for an open seat or a place from the waiting list. */
  reserve?: string | null
}

export const OfferEntity = new EntitySchema<Offer>({
  name: 'Offer',
  tableName: 'offer',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    run: { kind: 'm:1', entity: () => MatchRunEntity },
    child: { kind: 'm:1', entity: () => ChildEntity },
    group: { kind: 'm:1', entity: () => HobbyGroupEntity },
    status: { type: 'string', length: 16 },
    position: { type: 'integer', nullable: true },
    deadline: { type: 'datetime', nullable: true },
    rank: { type: 'integer', default: 1 },
    reserve: { type: 'string', length: 32, nullable: true },
  },
  uniques: [{ properties: ['run', 'child', 'group'] }],
  indexes: [{ properties: ['group', 'status', 'position'] }],
})
