import { byChild, daysBefore, latest, leaf, type DataNode, type ErasureBlocker, type PersonalDataPart } from '../../../privacy/PersonalData.js'
import { latestByChild } from '../../../privacy/latestByChild.js'
import { runSql } from '../../../db/runSql.js'
import { sqlValue } from '../../../db/insertRows.js'
import { SurveyEntity } from '../survey/survey.entity.js'
import { AttendanceEntity } from '../attendance/attendance.entity.js'
import { CalendarFeedEntity } from '../calendar/calendarFeed.entity.js'
import { EnrolmentEntity } from '../enrolment/enrolment.entity.js'
import { HobbyGroupEntity } from '../hobbyGroup/hobbyGroup.entity.js'
import { OfferEntity } from '../offer/offer.entity.js'
import { ChoiceRefusalEntity } from '../matchRun/choiceRefusal.entity.js'
import { SurveyAnswerEntity } from '../survey/surveyAnswer.entity.js'
import { SurveyCodeEntity } from '../survey/surveyCode.entity.js'

const merge = (...parts: Map<number, DataNode[]>[]) => {
  const merged = new Map<number, DataNode[]>()
  for (const part of parts) for (const [id, nodes] of part) merged.set(id, [...(merged.get(id) ?? []), ...nodes])
  return merged
}

/**
 * A child's answers, offers, seats and attendance. Erasure keeps them (they count in the indicators,
 * and name nobody once the child record is nameless) and deletes the pupil's survey codes.
 */
export const hobbyPersonalData: PersonalDataPart = {
  async childNodes(em, childIds) {
    const [answers, offers, enrolments] = await Promise.all([
      em.find(SurveyAnswerEntity, { child: { $in: childIds } }, { populate: ['survey'], orderBy: { id: 'asc' } }),
      em.find(OfferEntity, { child: { $in: childIds } }, { populate: ['group'], orderBy: { id: 'asc' } }),
      em.find(EnrolmentEntity, { child: { $in: childIds } }, { populate: ['group'], orderBy: { id: 'asc' } }),
    ])
    const groupIds = [...new Set(answers.flatMap((answer) => answer.ranking))]
    const groups = new Map((await em.find(HobbyGroupEntity, { id: { $in: groupIds } })).map((group) => [group.id, group.name]))
    const attendance = await em.find(AttendanceEntity, { enrolment: { $in: enrolments.map((e) => e.id) } }, { orderBy: { date: 'asc' } })
    const meetings = (enrolmentId: number) => attendance.filter((row) => row.enrolment.id === enrolmentId)
    const section = (key: string, nodes: Map<number, DataNode[]>) => new Map([...nodes].map(([id, list]) => [id, list.length ? [{ key, children: list }] : []]))
    return merge(
      section(
        'SURVEY_ANSWERS',
        byChild(
          childIds,
          answers,
          (a) => a.child.id,
          (answer) => ({
            key: 'SURVEY_ANSWER',
            children: [
              ...leaf('TERM', answer.survey.term),
              ...leaf('RANKING', answer.ranking.map((id) => groups.get(id) ?? `#${id}`).join('; ')),
              ...leaf('CONSENT', answer.consent),
              ...leaf('UPDATED_AT', answer.updatedAt),
            ],
          }),
        ),
      ),
      section(
        'OFFERS',
        byChild(
          childIds,
          offers,
          (o) => o.child.id,
          (offer) => ({
            key: 'OFFER',
            children: [...leaf('GROUP', offer.group.name), ...leaf('STATUS', offer.status), ...leaf('DEADLINE', offer.deadline)],
          }),
        ),
      ),
      section(
        'ENROLMENTS',
        byChild(
          childIds,
          enrolments,
          (e) => e.child.id,
          (enrolment) => ({
            key: 'ENROLMENT',
            children: [
              ...leaf('GROUP', enrolment.group.name),
              ...leaf('STATUS', enrolment.status),
              ...leaf('CREATED_AT', enrolment.createdAt),
              ...leaf(
                'ATTENDED',
                meetings(enrolment.id)
                  .filter((m) => m.present)
                  .map((m) => m.date)
                  .join(', '),
              ),
              ...leaf(
                'ABSENT',
                meetings(enrolment.id)
                  .filter((m) => !m.present)
                  .map((m) => m.date)
                  .join(', '),
              ),
            ],
          }),
        ),
      ),
    )
  },

  async blockers(em, childIds, now) {
    // In the erasure's transaction: one query at a time on its connection.
    const open = await em.count(OfferEntity, { child: { $in: childIds }, status: 'offered', deadline: { $gt: now } })
    const enrolled = await em.count(EnrolmentEntity, { child: { $in: childIds }, status: 'enrolled' })
    const blockers: ErasureBlocker[] = []
    if (open > 0)
      blockers.push({
        code: 'OFFER_OPEN',
        message: {
          fi: 'Lapsella on avoin harrastustarjous. Hyväksy tai hylkää se ensin.',
          sv: 'Barnet har ett öppet hobbyerbjudande. Tacka ja eller nej till det först.',
          en: 'The child has an open hobby offer. Accept or decline it first.',
        },
      })
    if (enrolled > 0)
      blockers.push({
        code: 'HOBBY_ONGOING',
        message: {
          fi: 'Lapsi käy harrastusryhmässä. Peru paikka ensin, jotta se vapautuu toiselle.',
          sv: 'Barnet går i en hobbygrupp. Avsäg platsen först så att den blir ledig för någon annan.',
          en: 'The child is in a hobby group. Give up the seat first, so that it goes to another child.',
        },
      })
    return blockers
  },

  async erase(em, childIds) {
    await em.nativeDelete(SurveyCodeEntity, { child: { $in: childIds } })
    // Why the child could not join groups: said to its family, of no use once the child is erased.
    await em.nativeDelete(ChoiceRefusalEntity, { child: { $in: childIds } })
    // Off the waiting lists: nobody is left to answer an offer.
    await em.nativeUpdate(OfferEntity, { child: { $in: childIds }, status: 'waiting' }, { status: 'declined' })
  },

  async eraseGuardian(em, userId) {
    await em.nativeDelete(CalendarFeedEntity, { guardian: userId })
  },

  async lastActivity(em) {
    // In the retention job's transaction: one query at a time on its connection.
    const last = await latestByChild(
      em,
      `select child_id, max(at) as at from (
         select child_id, updated_at as at from survey_answer
         union all select child_id, created_at as at from enrolment
         union all select child_id, deadline as at from offer where deadline is not null
       ) activity group by child_id`,
    )
    // A meeting counts from noon of its day (its date is YYYY-MM-DD, so the latest text is the latest day).
    const meetings = await runSql<{ child_id: number; day: string }[]>(
      em,
      'select e.child_id, max(a.date) as day from attendance a join enrolment e on e.id = a.enrolment_id group by e.child_id',
    )
    for (const meeting of meetings) latest(last, Number(meeting.child_id), new Date(`${meeting.day}T12:00:00Z`))
    return last
  },

  async activeChildren(em, now) {
    const rows = await runSql<{ child_id: number }[]>(
      em,
      `select child_id from enrolment where status = 'enrolled'
       union select child_id from offer where status = 'waiting' or (status = 'offered' and deadline > ?)`,
      [sqlValue(em)(now)],
    )
    return new Set(rows.map((row) => Number(row.child_id)))
  },

  // The family's free-time windows are a weekly timetable of the child: gone once the survey is long closed.
  async retain(em, periods, now, dryRun) {
    const surveys = await em.find(SurveyEntity, { closesAt: { $lt: daysBefore(now, periods.answers) } }, { fields: ['id'] })
    const where = { survey: { $in: surveys.map((survey) => survey.id) }, freeWindows: { $ne: null } }
    return { answers: dryRun ? await em.count(SurveyAnswerEntity, where) : await em.nativeUpdate(SurveyAnswerEntity, where, { freeWindows: null }) }
  },
}
