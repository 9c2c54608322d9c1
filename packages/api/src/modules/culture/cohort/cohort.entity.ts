import { EntitySchema } from '@mikro-orm/core'

/**
 * The children born in one year. The birth year decides the sponsor (the city's seven-year rotation:
 * 2020 the Philharmonic, 2021 six theatres, …, 2027 the Philharmonic again).
 */
export interface Cohort {
  id: number
  birthYear: number
  sponsor: string
  /** Children born in the city that year (statistics), to measure the share registered; null while unknown. */
  births: number | null
  /** When the tracks were first assigned; later registrants are placed as they register. */
  assignedAt: Date | null
}

export const CohortEntity = new EntitySchema<Cohort>({
  name: 'Cohort',
  tableName: 'cohort',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    birthYear: { type: 'integer', unique: true },
    sponsor: { type: 'string' },
    births: { type: 'integer', nullable: true },
    assignedAt: { type: 'datetime', nullable: true },
  },
})
