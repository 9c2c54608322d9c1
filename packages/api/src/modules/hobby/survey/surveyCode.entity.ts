import { EntitySchema } from '@mikro-orm/core'
import { SurveyEntity, type Survey } from './survey.entity.js'
import { type Child, ChildEntity } from '../../people/index.js'

/** A one-time code a teacher hands a pupil, to answer a survey at school without an account. */
export interface SurveyCode {
  id: number
  survey: Survey
  child: Child
  code: string
  usedAt: Date | null
}

export const SurveyCodeEntity = new EntitySchema<SurveyCode>({
  name: 'SurveyCode',
  tableName: 'survey_code',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    survey: { kind: 'm:1', entity: () => SurveyEntity },
    child: { kind: 'm:1', entity: () => ChildEntity },
    code: { type: 'string', length: 16, unique: true },
    usedAt: { type: 'datetime', nullable: true },
  },
  uniques: [{ properties: ['survey', 'child'] }],
})
