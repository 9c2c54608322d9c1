import { EntitySchema, type Opt } from '@mikro-orm/core'
import { type Area, AreaEntity } from '../../people/index.js'
import type { Targeting } from './targeting.js'

/** An interest survey for one area, grade and term, open between two moments. */
export interface Survey {
  id: number
  area: Area
  grade: number
  /** The term whose hobby groups it offers, e.g. "2026-autumn". */
  term: string
  opensAt: Date
  closesAt: Date
  /** The run whose offers went out; set once, by a conditional update, so two runs are never both published. */
  publishedRunId: number | null
  /** When the families were told it opened, and that it closes tomorrow (each once: set by a conditional update). */
  openedNoticeAt: (Date | null) & Opt
  closingNoticeAt: (Date | null) & Opt
  /** Whom the match reaches first: the reserves in order and the targeted districts (see targeting.ts); null: DEFAULT_TARGETING. */
  targeting: (Targeting | null) & Opt
}

export const SurveyEntity = new EntitySchema<Survey>({
  name: 'Survey',
  tableName: 'survey',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    area: { kind: 'm:1', entity: () => AreaEntity },
    grade: { type: 'integer' },
    term: { type: 'string', length: 16 },
    opensAt: { type: 'datetime' },
    closesAt: { type: 'datetime' },
    publishedRunId: { type: 'integer', nullable: true },
    openedNoticeAt: { type: 'datetime', nullable: true },
    closingNoticeAt: { type: 'datetime', nullable: true },
    targeting: { type: 'json', nullable: true },
  },
})
