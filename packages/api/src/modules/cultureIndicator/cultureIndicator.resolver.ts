import { Ctx, Query, Resolver } from 'type-graphql'
import { requireRole, type Context } from '../../graphql/context.js'
import { CohortEntity } from '../cohort/cohort.entity.js'
import { EventEnrolmentEntity } from '../eventEnrolment/eventEnrolment.entity.js'
import { GodchildEntity } from '../godchild/godchild.entity.js'
import { TrackEntity } from '../track/track.entity.js'
import { computeCultureIndicators } from './computeCultureIndicators.js'
import { CultureIndicatorsType } from './cultureIndicator.type.js'

@Resolver()
export class CultureIndicatorResolver {
  @Query(() => CultureIndicatorsType, { description: 'Coordinators: registered share per cohort, enrolments and attendance per track and year, by district and home language.' })
  async cultureIndicators(@Ctx() context: Context) {
    requireRole(context, 'coordinator')
    const { em } = context
    const cohorts = await em.find(CohortEntity, {}, { orderBy: { birthYear: 'desc' } })
    const tracks = await em.find(TrackEntity, {}, { populate: ['cohort', 'institution', 'field'], orderBy: { id: 'asc' } })
    const children = await em.find(GodchildEntity, {}, { fields: ['birthYear', 'district', 'homeLanguages', 'track'] })
    const enrolments = await em.find(EventEnrolmentEntity, { status: 'enrolled' }, { populate: ['occurrence.event'] })
    return computeCultureIndicators(
      cohorts,
      tracks.map((t) => ({ id: t.id, birthYear: t.cohort.birthYear, institution: t.institution.name, field: t.field.code })),
      children.map((c) => ({ id: c.id, birthYear: c.birthYear, district: c.district, language: c.homeLanguages[0] ?? '', trackId: c.track?.id ?? null })),
      enrolments.map((e) => ({ childId: e.godchild.id, year: e.occurrence.event.year, checkedIn: e.checkedInAt !== null })),
    )
  }
}
