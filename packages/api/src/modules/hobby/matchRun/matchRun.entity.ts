import { EntitySchema, type Opt } from '@mikro-orm/core'
import type { Instance, Mechanism, Result } from '@mukana/matcher'
import { SurveyEntity, type Survey } from '../survey/survey.entity.js'
import { type User, UserEntity } from '../../people/index.js'

/** One run of the matcher on a closed survey: its exact input and output, so it can be reproduced and audited. */
export interface MatchRun {
  id: number
  survey: Survey
  mechanism: Mechanism
  seed: number
  maxPlacements: number
  instance: Instance
  result: Result
  createdBy: User
  createdAt: Date
  /** When its offers went out; at most one run of a survey is published. */
  publishedAt: Date | null
  /** When its offers' families were told (queued their messages): by a job, soon after it was published. */
  offersToldAt: (Date | null) & Opt
}

export const MatchRunEntity = new EntitySchema<MatchRun>({
  name: 'MatchRun',
  tableName: 'match_run',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    survey: { kind: 'm:1', entity: () => SurveyEntity },
    mechanism: { type: 'string', length: 32 },
    seed: { type: 'integer' },
    maxPlacements: { type: 'integer' },
    // Megabytes of JSON per city-sized run, written once and read whole, never queried inside: stored as
    // text (PostgreSQL's \`json\`), not parsed into \`jsonb\`, which cost a city's match run 0.2-0.5 s.
    instance: { type: 'json', columnType: 'json', lazy: true },
    result: { type: 'json', columnType: 'json', lazy: true },
    createdBy: { kind: 'm:1', entity: () => UserEntity },
    createdAt: { type: 'datetime' },
    publishedAt: { type: 'datetime', nullable: true },
    offersToldAt: { type: 'datetime', nullable: true },
  },
})
