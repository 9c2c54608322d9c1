import { buildSchema } from 'type-graphql'
import type { GraphQLSchema } from 'graphql'
import { AreaResolver } from '../modules/area/area.resolver.js'
import { ClubResolver } from '../modules/club/club.resolver.js'
import { HobbyGroupResolver } from '../modules/hobbyGroup/hobbyGroup.resolver.js'
import { SchoolResolver } from '../modules/school/school.resolver.js'
import { UserResolver } from '../modules/user/user.resolver.js'
import { EnrolmentResolver } from '../modules/enrolment/enrolment.resolver.js'
import { PupilResolver } from '../modules/pupil/pupil.resolver.js'
import { SchoolClassResolver } from '../modules/schoolClass/schoolClass.resolver.js'
import { MatchRunResolver } from '../modules/matchRun/matchRun.resolver.js'
import { SurveyResolver } from '../modules/survey/survey.resolver.js'
import { OfferResolver } from '../modules/offer/offer.resolver.js'
import { AttendanceResolver } from '../modules/attendance/attendance.resolver.js'
import { IndicatorResolver } from '../modules/indicator/indicator.resolver.js'
import { ScheduleResolver } from '../modules/schedule/schedule.resolver.js'
import { ActivityResolver } from '../modules/activity/activity.resolver.js'
import { CalendarResolver } from '../modules/calendar/calendar.resolver.js'
import { ArtFieldResolver } from '../modules/artField/artField.resolver.js'
import { InstitutionResolver } from '../modules/institution/institution.resolver.js'
import { CohortResolver } from '../modules/cohort/cohort.resolver.js'
import { TrackResolver } from '../modules/track/track.resolver.js'
import { GodchildResolver } from '../modules/godchild/godchild.resolver.js'
import { CultureEventResolver } from '../modules/cultureEvent/cultureEvent.resolver.js'
import { CultureIndicatorResolver } from '../modules/cultureIndicator/cultureIndicator.resolver.js'
import { EventEnrolmentResolver, FreeSpotSubscriptionResolver } from '../modules/eventEnrolment/eventEnrolment.resolver.js'

export const RESOLVERS = [AreaResolver, SchoolResolver, SchoolClassResolver, ClubResolver, HobbyGroupResolver, UserResolver, PupilResolver, EnrolmentResolver, SurveyResolver, MatchRunResolver, OfferResolver, AttendanceResolver, IndicatorResolver, ScheduleResolver, ActivityResolver, CalendarResolver, ArtFieldResolver, InstitutionResolver, CohortResolver, TrackResolver, GodchildResolver, CultureEventResolver, EventEnrolmentResolver, FreeSpotSubscriptionResolver, CultureIndicatorResolver] as const

/** The GraphQL schema; `emitTo` writes it as SDL (the committed `schema.graphql`, the contract with the web app). */
export function buildApiSchema(emitTo?: string): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...RESOLVERS],
    validate: false, // inputs are validated by the services, which name the field at fault
    emitSchemaFile: emitTo ? { path: emitTo, sortedSchema: true } : false,
  })
}
