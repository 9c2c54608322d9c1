import type { EntityManager } from '@mikro-orm/core'
import { jsonColumn } from '../../../db/jsonColumn.js'
import { runSql } from '../../../db/runSql.js'
import { CohortEntity } from '../cohort/cohort.entity.js'
import { TrackEntity } from '../track/track.entity.js'
import { computeCultureIndicators, type CultureIndicators } from './computeCultureIndicators.js'

/**
 * The programme's figures from what is stored: the cohorts and tracks (a few hundred rows) through the
 * ORM, every registered child and every child's event years as plain rows (a city's tens of thousands
 * of godchildren and their tickets: entities for each cost seconds), then computeCultureIndicators.
 */
export async function findCultureIndicators(em: EntityManager): Promise<CultureIndicators> {
  const cohorts = await em.find(CohortEntity, {}, { orderBy: { birthYear: 'desc' } })
  const tracks = await em.find(TrackEntity, {}, { populate: ['cohort', 'institution', 'field'], orderBy: { id: 'asc' } })
  const children = await runSql<
    { id: number; birth_year: number | null; district: string | null; home_languages: string | string[]; track_id: number | null }[]
  >(em, 'select id, birth_year, district, home_languages, track_id from child where registered_at is not null')
  // One row per child and year, however many tickets: whether any was checked in.
  const years = await runSql<{ child_id: number; year: number; checked_in: number | string | boolean }[]>(
    em,
    `select e.child_id, v.year, max(case when e.checked_in_at is null then 0 else 1 end) as checked_in
     from event_enrolment e join occurrence o on o.id = e.occurrence_id join culture_event v on v.id = o.event_id
     where e.status = 'enrolled' group by e.child_id, v.year`,
  )
  return computeCultureIndicators(
    cohorts,
    tracks.map((t) => ({ id: t.id, birthYear: t.cohort.birthYear, institution: t.institution.name, field: t.field.code })),
    children.map((c) => ({
      id: Number(c.id),
      birthYear: c.birth_year === null ? 0 : Number(c.birth_year),
      district: c.district ?? '',
      language: jsonColumn<string[]>(c.home_languages)[0] ?? '',
      trackId: c.track_id === null ? null : Number(c.track_id),
    })),
    years.map((e) => ({ childId: Number(e.child_id), year: Number(e.year), checkedIn: Number(e.checked_in) === 1 })),
  )
}
