import DataLoader from 'dataloader'
import { groupByKey } from './groupByKey.js'
import type { EntityManager, EntitySchema } from '@mikro-orm/core'
import { AreaEntity, type Area } from '../modules/area/area.entity.js'
import { ClubEntity, type Club } from '../modules/club/club.entity.js'
import { enrolmentsOfPupils } from '../modules/enrolment/enrolment.service.js'
import { HobbyGroupEntity, type HobbyGroup } from '../modules/hobbyGroup/hobbyGroup.entity.js'
import { PupilEntity, type Pupil } from '../modules/pupil/pupil.entity.js'
import { SchoolEntity, type School } from '../modules/school/school.entity.js'
import { SchoolClassEntity, type SchoolClass } from '../modules/schoolClass/schoolClass.entity.js'
import type { Survey } from '../modules/survey/survey.entity.js'
import { isOffered } from '../modules/survey/survey.service.js'
import { ClassActivityEntity } from '../modules/schedule/classActivity.entity.js'
import { SurveyAnswerEntity } from '../modules/survey/surveyAnswer.entity.js'
import { OfferEntity, type Offer } from '../modules/offer/offer.entity.js'
import { ArtFieldEntity, type ArtField } from '../modules/artField/artField.entity.js'
import { InstitutionEntity, type Institution } from '../modules/institution/institution.entity.js'
import { TrackEntity, type Track } from '../modules/track/track.entity.js'
import { GodchildEntity, type Godchild } from '../modules/godchild/godchild.entity.js'
import { OccurrenceEntity, type Occurrence } from '../modules/cultureEvent/cultureEvent.entity.js'
import { EventEnrolmentEntity, FreeSpotSubscriptionEntity } from '../modules/eventEnrolment/eventEnrolment.entity.js'

/** Loads entities by id, one query per batch: field resolvers never query once per parent. */
function byId<T extends { id: number }>(em: EntityManager, entity: EntitySchema<T>): DataLoader<number, T | null> {
  return new DataLoader(async (ids) => {
    const rows = (await em.find(entity, { id: { $in: [...ids] } } as never)) as T[]
    const found = new Map(rows.map((row) => [row.id, row]))
    return ids.map((id) => found.get(id) ?? null)
  })
}

export function createLoaders(em: EntityManager) {
  return {
    area: byId<Area>(em, AreaEntity),
    club: byId<Club>(em, ClubEntity),
    school: byId<School>(em, SchoolEntity),
    schoolClass: byId<SchoolClass>(em, SchoolClassEntity),
    hobbyGroup: byId<HobbyGroup>(em, HobbyGroupEntity),
    pupil: byId<Pupil>(em, PupilEntity),
    artField: byId<ArtField>(em, ArtFieldEntity),
    institution: byId<Institution>(em, InstitutionEntity),
    track: byId<Track>(em, TrackEntity),
    occurrence: byId<Occurrence>(em, OccurrenceEntity),
    godchild: byId<Godchild>(em, GodchildEntity),
    occurrencesOfEvent: new DataLoader(async (eventIds: readonly number[]) => {
      const rows = await em.find(OccurrenceEntity, { event: { $in: [...eventIds] } }, { orderBy: { startsAt: 'asc', id: 'asc' } })
      return groupByKey(eventIds, rows, (row) => row.event.id)
    }),
    eventEnrolmentsOfGodchild: new DataLoader(async (childIds: readonly number[]) => {
      const rows = await em.find(EventEnrolmentEntity, { godchild: { $in: [...childIds] } }, { orderBy: { id: 'desc' } })
      return groupByKey(childIds, rows, (row) => row.godchild.id)
    }),
    freeSpotsOfGodchild: new DataLoader(async (childIds: readonly number[]) => {
      const rows = await em.find(FreeSpotSubscriptionEntity, { godchild: { $in: [...childIds] } }, { orderBy: { id: 'asc' } })
      return groupByKey(childIds, rows, (row) => row.godchild.id)
    }),
    enrolmentsOfPupil: new DataLoader((pupilIds: readonly number[]) => enrolmentsOfPupils(em, pupilIds)),
    /** School-day groups placed into each class's timetable. */
    activitiesOfClass: new DataLoader(async (classIds: readonly number[]) => {
      const rows = await em.find(ClassActivityEntity, { schoolClass: { $in: [...classIds] } }, { populate: ['group'], orderBy: { id: 'asc' } })
      return groupByKey(classIds, rows, (row) => row.schoolClass.id).map((activities) => activities.map((row) => row.group))
    }),
    answerCount: new DataLoader(async (surveyIds: readonly number[]) => {
      const answers = await em.find(SurveyAnswerEntity, { survey: { $in: [...surveyIds] } }, { fields: ['survey'] })
      return groupByKey(surveyIds, answers, (answer) => answer.survey.id).map((group) => group.length)
    }),
    /** Each waiting offer's place in its group's queue (1 = next), counting only those still waiting: one query for all. */
    queuePlace: new DataLoader(
      async (offers: readonly Offer[]) => {
        const waiting = await em.find(OfferEntity, { status: 'waiting', group: { $in: [...new Set(offers.map((o) => o.group.id))] } }, { fields: ['run', 'group', 'position'] })
        return offers.map((offer) =>
          offer.status !== 'waiting' || offer.position === null
            ? null
            : 1 + waiting.filter((w) => w.run.id === offer.run.id && w.group.id === offer.group.id && (w.position ?? 0) < offer.position!).length,
        )
      },
      { cacheKeyFn: (offer) => offer.id },
    ),
    /** The groups each survey offers (isOffered): one query for all their terms. */
    offeredGroups: new DataLoader(
      async (surveys: readonly Survey[]) => {
        const terms = [...new Set(surveys.map((survey) => survey.term))]
        const groups = await em.find(HobbyGroupEntity, { term: { $in: terms } }, { orderBy: { id: 'asc' }, populate: ['school'] })
        return surveys.map((survey) => groups.filter((group) => isOffered(group, survey)))
      },
      { cacheKeyFn: (survey) => survey.id },
    ),
  }
}

export type Loaders = ReturnType<typeof createLoaders>
