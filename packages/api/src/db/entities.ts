import { AreaEntity } from '../modules/area/area.entity.js'
import { EnrolmentEntity } from '../modules/enrolment/enrolment.entity.js'
import { PupilEntity } from '../modules/pupil/pupil.entity.js'
import { SchoolClassEntity } from '../modules/schoolClass/schoolClass.entity.js'
import { MatchRunEntity } from '../modules/matchRun/matchRun.entity.js'
import { OfferEntity } from '../modules/offer/offer.entity.js'
import { AttendanceEntity } from '../modules/attendance/attendance.entity.js'
import { SurveyEntity } from '../modules/survey/survey.entity.js'
import { SurveyAnswerEntity } from '../modules/survey/surveyAnswer.entity.js'
import { SurveyCodeEntity } from '../modules/survey/surveyCode.entity.js'
import { ClassActivityEntity } from '../modules/schedule/classActivity.entity.js'
import { ActivityEntity } from '../modules/activity/activity.entity.js'
import { ClubEntity } from '../modules/club/club.entity.js'
import { HobbyGroupEntity } from '../modules/hobbyGroup/hobbyGroup.entity.js'
import { SchoolEntity } from '../modules/school/school.entity.js'
import { UserEntity } from '../modules/user/user.entity.js'

/** Every entity, listed explicitly (folder discovery does not work under vitest). */
export const ENTITIES = [AreaEntity, SchoolEntity, SchoolClassEntity, ClubEntity, HobbyGroupEntity, UserEntity, PupilEntity, EnrolmentEntity, SurveyEntity, SurveyAnswerEntity, MatchRunEntity, OfferEntity, AttendanceEntity, SurveyCodeEntity, ClassActivityEntity, ActivityEntity]
