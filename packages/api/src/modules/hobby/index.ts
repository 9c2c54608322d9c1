/**
 * A hobby for every third-grader: clubs and their groups, the interest survey, match runs and their
 * offers, enrolments, attendance, school-day scheduling, calendars and the indicators.
 */
import DataLoader from 'dataloader'
import type { EntityManager } from '@mikro-orm/core'
import { byId } from '../../graphql/byId.js'
import { defineModule } from '../../graphql/ApiModule.js'
import { groupByKey } from '../../graphql/groupByKey.js'
import { ActivityEntity } from './activity/activity.entity.js'
import { ActivityResolver } from './activity/activity.resolver.js'
import { AttendanceEntity } from './attendance/attendance.entity.js'
import { CalendarFeedEntity } from './calendar/calendarFeed.entity.js'
import { AttendanceResolver } from './attendance/attendance.resolver.js'
import { CalendarResolver } from './calendar/calendar.resolver.js'
import { TermResolver } from './calendar/term.resolver.js'
import { ClubEntity, type Club } from './club/club.entity.js'
import { ClubResolver } from './club/club.resolver.js'
import { ClubStaffResolver } from './club/clubStaff.resolver.js'
import { ChildEnrolmentsResolver } from './enrolment/childEnrolments.resolver.js'
import { EnrolmentEntity } from './enrolment/enrolment.entity.js'
import { EnrolmentResolver } from './enrolment/enrolment.resolver.js'
import { enrolmentsOfChildren } from './enrolment/enrolment.service.js'
import { enrolmentReads } from './enrolment/readEnrolment.js'
import { enrolmentWrites } from './enrolment/enrolmentWrites.js'
import { HobbyGroupEntity, type HobbyGroup } from './hobbyGroup/hobbyGroup.entity.js'
import { HobbyGroupResolver } from './hobbyGroup/hobbyGroup.resolver.js'
import { IndicatorResolver } from './indicator/indicator.resolver.js'
import { MatchRunEntity } from './matchRun/matchRun.entity.js'
import { ChoiceRefusalEntity } from './matchRun/choiceRefusal.entity.js'
import { ChildRefusalsResolver } from './matchRun/childRefusals.resolver.js'
import { MatchRunResolver } from './matchRun/matchRun.resolver.js'
import { OfferEntity, type Offer } from './offer/offer.entity.js'
import { OfferResolver } from './offer/offer.resolver.js'
import { ClassActivityEntity } from './schedule/classActivity.entity.js'
import { ScheduleResolver } from './schedule/schedule.resolver.js'
import { ClassScheduleResolver, GroupClashesResolver } from './schedule/classSchedule.resolver.js'
import { LessonClashesResolver } from './schedule/lessonClashes.resolver.js'
import type { Survey } from './survey/survey.entity.js'
import { SurveyEntity } from './survey/survey.entity.js'
import { SurveyResolver } from './survey/survey.resolver.js'
import { ChildSurveyAnswersResolver } from './survey/childSurveyAnswers.resolver.js'
import { isOffered } from './survey/survey.service.js'
import { SurveyAnswerEntity } from './survey/surveyAnswer.entity.js'
import { SurveyCodeEntity } from './survey/surveyCode.entity.js'
import { hobbyPersonalData } from './privacy/hobbyPersonalData.js'
import { lapseExpiredOffers } from './offer/offer.service.js'
import { remindOffers, TELL_PUBLISHED_RUNS, tellPublishedRuns } from './offer/offerMessages.js'
import { remindSurveys } from './survey/surveyMessages.js'
import { deliverSoon, type JobDefinition } from '../../jobs/JobDefinition.js'

const hobbyJobs: JobDefinition[] = [
  {
    // Nudged when a run is published; the schedule makes up for a nudge lost with a stopped process.
    name: TELL_PUBLISHED_RUNS,
    cron: '* * * * *',
    everySeconds: 60,
    run: async (context) => deliverSoon(context, await tellPublishedRuns(context.em, context.now)),
  },
  {
    name: 'lapseOffers',
    cron: '* * * * *',
    everySeconds: 60,
    run: async (context) => deliverSoon(context, await lapseExpiredOffers(context.em, context.now)),
  },
  {
    name: 'remindOffers',
    cron: '*/15 * * * *',
    everySeconds: 900,
    run: async (context) => deliverSoon(context, await remindOffers(context.em, context.now)),
  },
  {
    name: 'remindSurveys',
    cron: '5 * * * *',
    everySeconds: 3600,
    run: async (context) => deliverSoon(context, await remindSurveys(context.em, context.now)),
  },
]

function createLoaders(em: EntityManager) {
  return {
    club: byId<Club>(em, ClubEntity),
    hobbyGroup: byId<HobbyGroup>(em, HobbyGroupEntity),
    /** After-school and free-time groups, once per request (every child's joinable groups are drawn from them). */
    groupsOutsideSchool: new DataLoader(async (keys: readonly 'all'[]) => {
      const groups = await em.find(HobbyGroupEntity, { kind: { $ne: 'school-day' } }, { orderBy: { name: 'asc', id: 'asc' } })
      return keys.map(() => groups)
    }),
    enrolmentsOfChild: new DataLoader((childIds: readonly number[]) => enrolmentsOfChildren(em, childIds)),
    /** School-day groups placed into each class's timetable. */
    activitiesOfClass: new DataLoader(async (classIds: readonly number[]) => {
      const rows = await em.find(ClassActivityEntity, { schoolClass: { $in: [...classIds] } }, { populate: ['group'], orderBy: { id: 'asc' } })
      return groupByKey(classIds, rows, (row) => row.schoolClass.id).map((activities) => activities.map((row) => row.group))
    }),
    /** The groups each child ranked but could not join in a published run, and why: one query for all the children. */
    refusalsOfChild: new DataLoader(async (childIds: readonly number[]) => {
      const rows = await em.find(
        ChoiceRefusalEntity,
        { child: { $in: [...childIds] }, run: { publishedAt: { $ne: null } } },
        { orderBy: { run: 'desc', rank: 'asc' } },
      )
      return groupByKey(childIds, rows, (row) => row.child.id)
    }),
    /** Each child's survey answers (the guardian's page), one query for all the children. */
    answersOfChild: new DataLoader(async (childIds: readonly number[]) => {
      const answers = await em.find(SurveyAnswerEntity, { child: { $in: [...childIds] } }, { orderBy: { id: 'asc' } })
      return groupByKey(childIds, answers, (answer) => answer.child.id)
    }),
    answerCount: new DataLoader(async (surveyIds: readonly number[]) => {
      const answers = await em.find(SurveyAnswerEntity, { survey: { $in: [...surveyIds] } }, { fields: ['survey'] })
      return groupByKey(surveyIds, answers, (answer) => answer.survey.id).map((group) => group.length)
    }),
    /** Each waiting offer's place in its group's queue (1 = next), counting only those still waiting: one query for all. */
    queuePlace: new DataLoader(
      async (offers: readonly Offer[]) => {
        const waiting = await em.find(
          OfferEntity,
          { status: 'waiting', group: { $in: [...new Set(offers.map((o) => o.group.id))] } },
          { fields: ['run', 'group', 'position'] },
        )
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

export const hobbyModule = defineModule({
  name: 'hobby',
  entities: [
    ActivityEntity,
    ClubEntity,
    HobbyGroupEntity,
    EnrolmentEntity,
    SurveyEntity,
    SurveyAnswerEntity,
    SurveyCodeEntity,
    MatchRunEntity,
    ChoiceRefusalEntity,
    OfferEntity,
    AttendanceEntity,
    ClassActivityEntity,
    CalendarFeedEntity,
  ],
  resolvers: [
    ActivityResolver,
    ChildRefusalsResolver,
    ClubResolver,
    ClubStaffResolver,
    HobbyGroupResolver,
    ChildEnrolmentsResolver,
    EnrolmentResolver,
    SurveyResolver,
    ChildSurveyAnswersResolver,
    MatchRunResolver,
    OfferResolver,
    AttendanceResolver,
    IndicatorResolver,
    ScheduleResolver,
    ClassScheduleResolver,
    GroupClashesResolver,
    CalendarResolver,
    TermResolver,
    LessonClashesResolver,
  ],
  createLoaders,
  createSharedLoaders: (newEm: () => EntityManager) => ({ enrolmentReads: enrolmentReads(newEm), enrolmentWrites: enrolmentWrites(newEm) }),
  personalData: hobbyPersonalData,
  jobs: hobbyJobs,
})
