/**
 * Culture godchildren: art fields, institutions, birth-year cohorts and their seven-year tracks, the
 * children's registrations, events with occurrences, enrolments with tickets, and the indicators.
 */
import { deliverSoon } from '../../jobs/JobDefinition.js'
import { remindEvents } from './eventEnrolment/eventMessages.js'
import DataLoader from 'dataloader'
import type { EntityManager } from '@mikro-orm/core'
import { byId } from '../../graphql/byId.js'
import { defineModule } from '../../graphql/ApiModule.js'
import { groupByKey } from '../../graphql/groupByKey.js'
import { ArtFieldEntity, type ArtField } from './artField/artField.entity.js'
import { ArtFieldResolver } from './artField/artField.resolver.js'
import { CohortEntity } from './cohort/cohort.entity.js'
import { CohortResolver } from './cohort/cohort.resolver.js'
import { CultureEventEntity, OccurrenceEntity, type Occurrence } from './cultureEvent/cultureEvent.entity.js'
import { CultureEventResolver, OccurrenceResolver } from './cultureEvent/cultureEvent.resolver.js'
import { CultureIndicatorResolver } from './cultureIndicator/cultureIndicator.resolver.js'
import { EventEnrolmentEntity, FreeSpotSubscriptionEntity } from './eventEnrolment/eventEnrolment.entity.js'
import { EventEnrolmentResolver, FreeSpotSubscriptionResolver } from './eventEnrolment/eventEnrolment.resolver.js'
import { InstitutionEntity, type Institution } from './institution/institution.entity.js'
import { InstitutionResolver } from './institution/institution.resolver.js'
import { InstitutionStaffResolver } from './institution/institutionStaff.resolver.js'
import { RegistrationResolver } from './registration/registration.resolver.js'
import { TrackEntity, type Track } from './track/track.entity.js'
import { TrackResolver } from './track/track.resolver.js'
import { culturePersonalData } from './privacy/culturePersonalData.js'

function createLoaders(em: EntityManager) {
  return {
    artField: byId<ArtField>(em, ArtFieldEntity),
    institution: byId<Institution>(em, InstitutionEntity),
    track: byId<Track>(em, TrackEntity),
    occurrence: byId<Occurrence>(em, OccurrenceEntity),
    occurrencesOfEvent: new DataLoader(async (eventIds: readonly number[]) => {
      const rows = await em.find(OccurrenceEntity, { event: { $in: [...eventIds] } }, { orderBy: { startsAt: 'asc', id: 'asc' } })
      return groupByKey(eventIds, rows, (row) => row.event.id)
    }),
    eventEnrolmentsOfChild: new DataLoader(async (childIds: readonly number[]) => {
      const rows = await em.find(EventEnrolmentEntity, { child: { $in: [...childIds] } }, { orderBy: { id: 'desc' } })
      return groupByKey(childIds, rows, (row) => row.child.id)
    }),
    freeSpotsOfChild: new DataLoader(async (childIds: readonly number[]) => {
      const rows = await em.find(FreeSpotSubscriptionEntity, { child: { $in: [...childIds] } }, { orderBy: { id: 'asc' } })
      return groupByKey(childIds, rows, (row) => row.child.id)
    }),
  }
}

export const cultureModule = defineModule({
  name: 'culture',
  entities: [
    ArtFieldEntity,
    InstitutionEntity,
    CohortEntity,
    TrackEntity,
    CultureEventEntity,
    OccurrenceEntity,
    EventEnrolmentEntity,
    FreeSpotSubscriptionEntity,
  ],
  resolvers: [
    ArtFieldResolver,
    InstitutionResolver,
    InstitutionStaffResolver,
    CohortResolver,
    TrackResolver,
    RegistrationResolver,
    CultureEventResolver,
    OccurrenceResolver,
    EventEnrolmentResolver,
    FreeSpotSubscriptionResolver,
    CultureIndicatorResolver,
  ],
  createLoaders,
  personalData: culturePersonalData,
  jobs: [
    {
      name: 'remindEvents',
      cron: '20 * * * *',
      everySeconds: 3600,
      run: async (context) => deliverSoon(context, await remindEvents(context.em, context.now)),
    },
  ],
})
