import { EntitySchema } from '@mikro-orm/core'
import type { WeeklySpan } from '@mukana/matcher'
import { SurveyEntity, type Survey } from './survey.entity.js'
import { type Child, ChildEntity } from '../../people/index.js'

/** A pupil's answer: hobby groups ranked, when the child is free after school, and the guardian's consent. */
export interface SurveyAnswer {
  id: number
  survey: Survey
  child: Child
  /** Hobby group ids, most wanted first. */
  ranking: number[]
  /** When the child can attend after school; null: any time after the school day. */
  freeWindows: WeeklySpan[] | null
  consent: boolean
  /** "Does the child have a regular hobby now?": false targets the child (a reserve may hold seats); null: not answered. */
  regularHobby?: boolean | null
  updatedAt: Date
}

export const SurveyAnswerEntity = new EntitySchema<SurveyAnswer>({
  name: 'SurveyAnswer',
  tableName: 'survey_answer',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    survey: { kind: 'm:1', entity: () => SurveyEntity },
    child: { kind: 'm:1', entity: () => ChildEntity },
    ranking: { type: 'json' },
    freeWindows: { type: 'json', nullable: true },
    consent: { type: 'boolean' },
    regularHobby: { type: 'boolean', nullable: true },
    updatedAt: { type: 'datetime' },
  },
  uniques: [{ properties: ['survey', 'child'] }],
})
