import type { EntityManager } from '@mikro-orm/core'
import { queueMessages, toGuardians, type MessageDraft } from '../../../messages/index.js'
import { ChildEntity, guardiansOf } from '../../people/index.js'
import { schoolYearOf } from '../calendar/termOf.js'
import { SurveyAnswerEntity } from './surveyAnswer.entity.js'
import { SurveyEntity, type Survey } from './survey.entity.js'

/** Tell families once a survey is open, and the day before it closes if their child has not answered. */
const CLOSING_NOTICE_MS = 24 * 3600_000

/**
 * The survey reminders, as one job: for each open survey not yet announced, every family of its
 * pupils hears that it is open; for each closing within a day, the families whose child has not
 * answered hear that it closes. Each survey is claimed for a notice by a conditional update in the
 * transaction that queues the messages, so each family hears each notice once.
 */
export async function remindSurveys(em: EntityManager, now: Date): Promise<number> {
  let told = 0
  const opened = await em.find(SurveyEntity, { openedNoticeAt: null, opensAt: { $lte: now }, closesAt: { $gt: now } })
  for (const survey of opened) told += await notify(em, survey, 'surveyOpened', now)
  const closing = await em.find(SurveyEntity, { closingNoticeAt: null, closesAt: { $gt: now, $lte: new Date(now.getTime() + CLOSING_NOTICE_MS) } })
  for (const survey of closing) told += await notify(em, survey, 'surveyClosing', now)
  return told
}

async function notify(em: EntityManager, survey: Survey, kind: 'surveyOpened' | 'surveyClosing', now: Date): Promise<number> {
  return em.transactional(async (tx) => {
    const mark = kind === 'surveyOpened' ? 'openedNoticeAt' : 'closingNoticeAt'
    if ((await tx.nativeUpdate(SurveyEntity, { id: survey.id, [mark]: null }, { [mark]: now })) === 0) return 0
    const classes = { grade: survey.grade, schoolYear: schoolYearOf(survey.term), school: { area: survey.area.id } }
    let pupils = await tx.find(ChildEntity, { schoolClass: classes }, { fields: ['firstName', 'homeLanguages'] })
    if (kind === 'surveyClosing') {
      const answered = new Set((await tx.find(SurveyAnswerEntity, { survey: survey.id }, { fields: ['child'] })).map((a) => a.child.id))
      pupils = pupils.filter((pupil) => !answered.has(pupil.id))
    }
    const guardians = await guardiansOf(
      tx,
      pupils.map((pupil) => pupil.id),
    )
    const drafts: MessageDraft[] = pupils.flatMap((pupil) =>
      toGuardians(
        { id: pupil.id, homeLanguages: pupil.homeLanguages, guardians: guardians.get(pupil.id) ?? [] },
        {
          kind,
          about: `${survey.id}:${pupil.id}`,
          areaId: survey.area.id,
          params: { child: pupil.firstName, closesAt: survey.closesAt.toISOString(), link: `/guardian/surveys/${survey.id}/pupils/${pupil.id}` },
        },
      ),
    )
    await queueMessages(tx, drafts, now)
    return drafts.length
  })
}
