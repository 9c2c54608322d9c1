import type { EntityManager } from '@mikro-orm/core'
import { CohortEntity } from '../cohort/cohort.entity.js'
import { EventEnrolmentEntity } from '../eventEnrolment/eventEnrolment.entity.js'
import { TrackEntity } from '../track/track.entity.js'
import { computeCultureIndicators, type CultureIndicators } from './computeCultureIndicators.js'
import { ChildEntity } from '../../people/index.js'

/** The programme's figures from what is stored: four queries, then computeCultureIndicators on plain rows. */
export async function findCultureIndicators(em: EntityManager): Promise<CultureIndicators> {
  const cohorts = await em.find(CohortEntity, {}, { orderBy: { birthYear: 'desc' } })
  const tracks = await em.find(TrackEntity, {}, { populate: ['cohort', 'institution', 'field'], orderBy: { id: 'asc' } })
  const children = await em.find(ChildEntity, { registeredAt: { $ne: null } }, { fields: ['birthYear', 'district', 'homeLanguages', 'track'] })
  const enrolments = await em.find(EventEnrolmentEntity, { status: 'enrolled' }, { populate: ['occurrence.event'] })
  return computeCultureIndicators(
    cohorts,
    tracks.map((t) => ({ id: t.id, birthYear: t.cohort.birthYear, institution: t.institution.name, field: t.field.code })),
    children.map((c) => ({
      id: c.id,
      birthYear: c.birthYear ?? 0,
      district: c.district ?? '',
      language: c.homeLanguages[0] ?? '',
      trackId: c.track?.id ?? null,
    })),
    enrolments.map((e) => ({ childId: e.child.id, year: e.occurrence.event.year, checkedIn: e.checkedInAt !== null })),
  )
}
