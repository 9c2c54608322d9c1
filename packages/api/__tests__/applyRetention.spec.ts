/** The retention job on both databases: what is past its period goes, a dry run counts the same and changes nothing. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AuditEventEntity } from '../src/audit/auditEvent.entity'
import { SurveyEntity } from '../src/modules/hobby/survey/survey.entity'
import { SurveyAnswerEntity } from '../src/modules/hobby/survey/surveyAnswer.entity'
import { ChildEntity } from '../src/modules/people/child/child.entity'
import { UserEntity } from '../src/modules/people/user/user.entity'
import { AttendanceEntity } from '../src/modules/hobby/attendance/attendance.entity'
import { EnrolmentEntity } from '../src/modules/hobby/enrolment/enrolment.entity'
import { HobbyGroupEntity } from '../src/modules/hobby/hobbyGroup/hobbyGroup.entity'
import { CultureEventEntity, OccurrenceEntity } from '../src/modules/culture/cultureEvent/cultureEvent.entity'
import { EventEnrolmentEntity } from '../src/modules/culture/eventEnrolment/eventEnrolment.entity'
import { InstitutionEntity } from '../src/modules/culture/institution/institution.entity'
import { applyRetention } from '../src/privacy/applyRetention'
import { DEFAULT_RETENTION } from '../src/privacy/PersonalData'
import { databaseKinds, startTestApi, type TestApi } from './testApi'

const DAY = 24 * 3600_000

describe.each(await databaseKinds())('the retention job on %s', (kind) => {
  let api: TestApi
  const now = new Date('2026-12-01T12:00:00Z')
  const ago = (days: number) => new Date(now.getTime() - days * DAY)
  let oldChild: number
  let recentChild: number
  let oldAnswer: number
  let stillComing: number
  let cameBack: number
  let cameToEvent: number
  let stillEnrolled: number

  beforeAll(async () => {
    api = await startTestApi(kind)
    const em = api.orm.em.fork()
    const guardian = await em.findOneOrFail(UserEntity, { email: 'guardian@mukana.test' })
    // A survey long closed, answered by a child who left the schools four years ago, and one by a child who answered last year.
    const survey = em.create(SurveyEntity, {
      area: 1,
      grade: 3,
      term: '2022-autumn',
      opensAt: ago(4 * 365 + 10),
      closesAt: ago(4 * 365),
      codesIssuedAt: null,
    } as never)
    const pupilFields = (firstName: string) => ({
      firstName,
      lastName: 'Oppilas',
      gender: 'girl' as const,
      homeLanguages: ['fi'],
      district: null,
      birthYear: 2013,
      schoolClass: null,
      registeredAt: null,
      track: null,
    })
    const old = em.create(ChildEntity, pupilFields('Vanha'))
    const recent = em.create(ChildEntity, { ...pupilFields('Uusi'), gender: 'boy', homeLanguages: ['sv'], birthYear: 2017 })
    old.guardians.add(guardian)
    const window = [{ day: 'tue' as const, start: '15:00', end: '17:00' }]
    const answer = em.create(SurveyAnswerEntity, { survey, child: old, ranking: [1], freeWindows: window, consent: true, updatedAt: ago(4 * 365 + 5) })
    em.create(SurveyAnswerEntity, { survey, child: recent, ranking: [1], freeWindows: null, consent: true, updatedAt: ago(300) })
    await em.flush()
    await em.insert(AuditEventEntity, { at: ago(800), actorId: 1, actorRole: 'club', address: '::1', operation: 'roster', kind: 'read', childIds: [old.id] })
    await em.insert(AuditEventEntity, { at: ago(10), actorId: 1, actorRole: 'club', address: '::1', operation: 'roster', kind: 'read', childIds: [old.id] })
    // Served long ago and lately too: the latest moment counts (a meeting 100 days ago, after an old answer and seat).
    const group = (await em.find(HobbyGroupEntity, {}, { orderBy: { id: 'asc' }, limit: 1 }))[0]!
    const pupil = (firstName: string) => em.create(ChildEntity, pupilFields(firstName))
    const coming = pupil('Kävijä')
    em.create(SurveyAnswerEntity, { survey, child: coming, ranking: [1], freeWindows: null, consent: true, updatedAt: ago(4 * 365 + 5) })
    const seat = em.create(EnrolmentEntity, { child: coming, group, status: 'withdrawn', adults: 0, createdAt: ago(4 * 365) })
    em.create(AttendanceEntity, { enrolment: seat, date: ago(100).toISOString().slice(0, 10), present: true })
    // An old answer, then a seat taken (and left) lately.
    const returning = pupil('Palaaja')
    em.create(SurveyAnswerEntity, { survey, child: returning, ranking: [1], freeWindows: null, consent: true, updatedAt: ago(4 * 365 + 5) })
    em.create(EnrolmentEntity, { child: returning, group, status: 'withdrawn', adults: 0, createdAt: ago(100) })
    // A godchild registered long ago (its cohort's seven years are over) who came to an event lately.
    const institution = (await em.find(InstitutionEntity, {}, { orderBy: { id: 'asc' }, limit: 1 }))[0]!
    const event = em.create(CultureEventEntity, {
      institution,
      name: 'Konsertti',
      description: '',
      year: 2026,
      eventGroup: 'autumn',
      invitation: 'child-1-2-adults',
    })
    const occurrence = em.create(OccurrenceEntity, { event, startsAt: ago(100), venue: 'Musiikkitalo', language: 'fi', capacity: 30, seatsTaken: 2 })
    const godchild = em.create(ChildEntity, { ...pupilFields('Kummi'), birthYear: 2015, registeredAt: ago(4 * 365) })
    em.create(EventEnrolmentEntity, {
      occurrence,
      child: godchild,
      adults: 1,
      status: 'enrolled',
      ticketCode: 'RETAIN01',
      checkedInAt: ago(100),
      createdAt: ago(130),
    })
    // Nothing new for years, but a seat held now: a child the programme still serves.
    const enrolled = pupil('Jatkaja')
    em.create(EnrolmentEntity, { child: enrolled, group, status: 'enrolled', adults: 0, createdAt: ago(4 * 365) })
    await em.flush()
    stillComing = coming.id
    cameBack = returning.id
    cameToEvent = godchild.id
    stillEnrolled = enrolled.id
    oldChild = old.id
    recentChild = recent.id
    oldAnswer = answer.id
  })
  afterAll(() => api.close())

  it('counts in a dry run exactly what it then does, and changes nothing in the dry run', async () => {
    const dry = await applyRetention(api.orm.em.fork(), { now, dryRun: true })
    expect(dry.classes).toMatchObject({ answers: 1, auditLog: 1, children: 1, tickets: 1 })
    expect((await api.orm.em.fork().findOneOrFail(ChildEntity, { id: oldChild })).firstName).toBe('Vanha')

    const done = await applyRetention(api.orm.em.fork(), { now })
    expect(done.classes).toEqual(dry.classes)
    expect(done.periods).toEqual(DEFAULT_RETENTION)
  })

  it("removes what is past its period and keeps the counts: the old child's names and guardians, the answer's free windows, the old audit event", async () => {
    const em = api.orm.em.fork()
    const old = await em.findOneOrFail(ChildEntity, { id: oldChild }, { populate: ['guardians'] })
    expect(old).toMatchObject({ firstName: '–', lastName: null, gender: 'girl', homeLanguages: ['fi'] })
    expect(old.guardians.length).toBe(0)
    expect((await em.findOneOrFail(ChildEntity, { id: recentChild })).firstName).toBe('Uusi')
    expect((await em.findOneOrFail(ChildEntity, { id: stillComing })).firstName).toBe('Kävijä')
    expect((await em.findOneOrFail(ChildEntity, { id: cameBack })).firstName).toBe('Palaaja')
    expect((await em.findOneOrFail(ChildEntity, { id: cameToEvent })).firstName).toBe('Kummi')
    // The ticket of an event over 90 days ago no longer opens a door, and still counts.
    const ticket = await em.findOneOrFail(EventEnrolmentEntity, { child: cameToEvent })
    expect(ticket.ticketCode).toBe(`void-${ticket.id}`)
    expect(ticket.checkedInAt).not.toBeNull()
    expect((await em.findOneOrFail(ChildEntity, { id: stillEnrolled })).firstName).toBe('Jatkaja')
    const answer = await em.findOneOrFail(SurveyAnswerEntity, { id: oldAnswer })
    expect(answer.freeWindows).toBeNull()
    expect(answer.ranking).toEqual([1]) // the preference stays, nameless, for the statistics
    expect(await em.count(AuditEventEntity, { childIds: { $ne: null } })).toBe(1)
  })

  it('does nothing more when run again', async () => {
    const again = await applyRetention(api.orm.em.fork(), { now })
    expect(again.classes).toMatchObject({ answers: 0, auditLog: 0, children: 0, tickets: 0 })
  })
})
