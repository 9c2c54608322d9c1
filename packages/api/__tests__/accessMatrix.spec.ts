/**
 * Every query and mutation of the schema, asked by each role: who is let through and who is refused,
 * with which code. A new operation fails the completeness check until it has a row here.
 */
import { OccurrenceEntity } from '../src/modules/culture/cultureEvent/cultureEvent.entity'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApiSchema } from '@mukana/api'
import { insertGroup, matchedSurvey, type PublishedSurvey } from './flows'
import { databaseKinds, startTestApi, type GraphQLResponse, type TestApi } from './testApi'
import { DEMO_TERM } from '../src/seed/seedKontula'
import { nextTerm } from '../src/modules/hobby/calendar/termOf'

const ROLES = ['anonymous', 'guardian', 'club', 'teacher', 'coordinator', 'institution', 'admin'] as const
type Role = (typeof ROLES)[number]
type Outcome = 'ok' | string
type Expectation = Record<Role, Outcome>

const everyone: Expectation = { anonymous: 'ok', guardian: 'ok', club: 'ok', teacher: 'ok', coordinator: 'ok', institution: 'ok', admin: 'ok' }
/** A fresh name for each call: the roles let through each create one. */
let serial = 0
const fresh = (what: string) => `Access ${what} ${++serial}`
/** Only these roles pass; other roles are forbidden, nobody logged in is asked to log in. */
function only(...allowed: Role[]): Expectation {
  return Object.fromEntries(
    ROLES.map((role) => [role, allowed.includes(role) ? 'ok' : role === 'anonymous' ? 'auth/unauthenticated' : 'auth/forbidden']),
  ) as Expectation
}

interface Ids {
  aino: string
  group: string
  schoolDayGroup: string
  openSurvey: string
  flow: PublishedSurvey
  enrolment: string
  offer: string
  freeGroup: string
  /** A class of Kontula, with its current values (updates write them back unchanged). */
  schoolClass: {
    id: string
    name: string
    grade: number
    schoolYear: string
    schoolId: string
    schoolName: string
    lessons: { day: string; start: string; end: string }[]
  }
  club: { id: string; name: string }
  cohort: string
  institution: string
  field: string
  godchild: string
  occurrence: string
  fullOccurrence: string
  eventEnrolment: string
  ticket: string
}

interface Case {
  operation: string
  expect: Expectation
  request(ids: Ids): { query: string; variables?: Record<string, unknown> }
}

const group = (overrides: Record<string, unknown> = {}) => ({
  clubId: '1',
  name: 'Access futsal',
  activity: 'football',
  capacity: 10,
  venue: 'Kontulan liikuntahalli',
  grades: [3],
  kind: 'AFTER_SCHOOL',
  term: DEMO_TERM,
  sessions: [{ day: 'FRI', start: '15:00', end: '16:00' }],
  ...overrides,
})

/** An event of the orchestra this year, one occurrence in ten days. */
const cultureEvent = (eventGroup: string, capacity = 30) => ({
  name: 'Access concert',
  year: new Date().getFullYear(),
  eventGroup,
  invitation: 'CHILD_1_ADULT',
  occurrences: [{ startsAt: new Date(Date.now() + 10 * 86_400_000).toISOString(), venue: 'Musiikkitalo', language: 'fi', capacity }],
})

const CASES: Case[] = [
  { operation: 'activities', expect: everyone, request: () => ({ query: '{ activities { code } }' }) },
  { operation: 'areas', expect: everyone, request: () => ({ query: '{ areas { id } }' }) },
  { operation: 'clubs', expect: everyone, request: () => ({ query: '{ clubs { id } }' }) },
  { operation: 'schools', expect: everyone, request: () => ({ query: '{ schools { id } }' }) },
  { operation: 'hobbyGroups', expect: everyone, request: () => ({ query: '{ hobbyGroups { id } }' }) },
  { operation: 'hobbyGroup', expect: everyone, request: (ids) => ({ query: 'query ($id: ID!) { hobbyGroup(id: $id) { id } }', variables: { id: ids.group } }) },
  { operation: 'demoAccounts', expect: everyone, request: () => ({ query: '{ demoAccounts { email } }' }) },
  { operation: 'cityLoginPath', expect: everyone, request: () => ({ query: '{ cityLoginPath }' }) },
  { operation: 'me', expect: everyone, request: () => ({ query: '{ me { id } }' }) },
  {
    operation: 'surveyForCode',
    expect: Object.fromEntries(ROLES.map((r) => [r, 'survey/invalid_code'])) as Expectation,
    request: () => ({ query: 'query { surveyForCode(code: "NOPE2345") { childFirstName } }' }),
  },
  { operation: 'artFields', expect: everyone, request: () => ({ query: '{ artFields { id } }' }) },
  { operation: 'institutions', expect: everyone, request: () => ({ query: '{ institutions { id } }' }) },
  { operation: 'districts', expect: everyone, request: () => ({ query: '{ districts }' }) },
  { operation: 'errorCodes', expect: everyone, request: () => ({ query: '{ errorCodes }' }) },
  { operation: 'fieldRules', expect: everyone, request: () => ({ query: '{ fieldRules }' }) },
  { operation: 'inputLimits', expect: everyone, request: () => ({ query: '{ inputLimits { name min max } }' }) },
  { operation: 'upcomingTerms', expect: everyone, request: () => ({ query: '{ upcomingTerms }' }) },
  { operation: 'invitationKinds', expect: everyone, request: () => ({ query: '{ invitationKinds { invitation } }' }) },
  { operation: 'cohorts', expect: everyone, request: () => ({ query: '{ cohorts { id } }' }) },
  { operation: 'tracks', expect: everyone, request: (ids) => ({ query: 'query ($c: ID!) { tracks(cohortId: $c) { id } }', variables: { c: ids.cohort } }) },
  { operation: 'myGodchildren', expect: only('guardian'), request: () => ({ query: '{ myGodchildren { id } }' }) },
  {
    operation: 'invitedEvents',
    expect: only('guardian'),
    request: (ids) => ({ query: 'query ($c: ID!) { invitedEvents(childId: $c) { id } }', variables: { c: ids.godchild } }),
  },
  {
    operation: 'occurrenceRoster',
    expect: only('institution'),
    request: (ids) => ({ query: 'query ($o: ID!) { occurrenceRoster(occurrenceId: $o) { id childFirstName } }', variables: { o: ids.fullOccurrence } }),
  },
  { operation: 'institutionEvents', expect: only('institution'), request: () => ({ query: '{ institutionEvents { id } }' }) },
  { operation: 'myChildren', expect: only('guardian'), request: () => ({ query: '{ myChildren { id } }' }) },
  { operation: 'myOffers', expect: only('guardian'), request: () => ({ query: '{ myOffers { id } }' }) },
  {
    operation: 'pupilSurvey',
    expect: only('guardian'),
    request: (ids) => ({
      query: 'query ($s: ID!, $p: ID!) { pupilSurvey(surveyId: $s, childId: $p) { childId } }',
      variables: { s: ids.openSurvey, p: ids.aino },
    }),
  },
  { operation: 'surveys', expect: only('guardian', 'teacher', 'coordinator'), request: () => ({ query: '{ surveys { id } }' }) },
  { operation: 'schoolClasses', expect: only('teacher', 'coordinator', 'admin'), request: () => ({ query: '{ schoolClasses { id } }' }) },
  { operation: 'pupils', expect: only('teacher', 'coordinator'), request: () => ({ query: '{ pupils(classId: "1") { id } }' }) },
  {
    operation: 'roster',
    expect: only('club'),
    request: (ids) => ({ query: 'query ($g: ID!) { roster(groupId: $g) { enrolmentId } }', variables: { g: ids.group } }),
  },
  {
    operation: 'matchRuns',
    expect: only('coordinator'),
    request: (ids) => ({ query: 'query ($s: ID!) { matchRuns(surveyId: $s) { id } }', variables: { s: ids.flow.surveyId } }),
  },
  {
    operation: 'matchRunVerification',
    expect: only('coordinator'),
    request: (ids) => ({ query: 'query ($r: ID!) { matchRunVerification(runId: $r) { placementsSha256 } }', variables: { r: ids.flow.runId } }),
  },
  { operation: 'auditEvents', expect: only('admin'), request: () => ({ query: '{ auditEvents { id } }' }) },
  {
    operation: 'setSurveyTargeting',
    expect: only('coordinator'),
    request: (ids) => ({
      query: 'mutation ($s: ID!, $i: SurveyTargetingInput!) { setSurveyTargeting(surveyId: $s, input: $i) { id } }',
      variables: { s: ids.openSurvey, i: { reserves: [{ target: 'GIRLS', share: 0 }], districts: ['Kontula'] } },
    }),
  },
  {
    operation: 'updateClubDetails',
    // Club 1 is the demo club staff's own.
    expect: only('admin', 'club'),
    request: () => ({ query: 'mutation { updateClubDetails(clubId: "1", input: { description: "" }) { id } }' }),
  },
  { operation: 'outboxMessages', expect: only('admin', 'coordinator'), request: () => ({ query: '{ outboxMessages { id } }' }) },
  { operation: 'messageDelivery', expect: only('admin', 'coordinator'), request: () => ({ query: '{ messageDelivery { email } }' }) },
  {
    operation: 'outboxMessage',
    // Let through, the staff are told there is no such message (theirs to see or not, the answer is the same).
    expect: { ...only('admin', 'coordinator'), admin: 'not_found', coordinator: 'not_found' },
    request: () => ({ query: '{ outboxMessage(id: "999999") { id } }' }),
  },
  {
    operation: 'resendMessage',
    expect: { ...only('admin', 'coordinator'), admin: 'not_found', coordinator: 'not_found' },
    request: () => ({ query: 'mutation { resendMessage(id: "999999") { id } }' }),
  },
  {
    operation: 'myMessagePreferences',
    expect: { ...everyone, anonymous: 'auth/unauthenticated' },
    request: () => ({ query: '{ myMessagePreferences { channels } }' }),
  },
  {
    operation: 'setMessagePreferences',
    expect: { ...everyone, anonymous: 'auth/unauthenticated' },
    request: () => ({ query: 'mutation { setMessagePreferences(input: { channels: EMAIL, reminders: true }) { channels } }' }),
  },
  {
    operation: 'unsubscribeReminders',
    expect: Object.fromEntries(ROLES.map((r) => [r, 'message/link_invalid'])) as Expectation,
    request: () => ({ query: 'mutation { unsubscribeReminders(recipient: "1", token: "forged") }' }),
  },
  { operation: 'requestSignInLink', expect: everyone, request: () => ({ query: 'mutation { requestSignInLink(email: "nobody@example.fi") }' }) },
  { operation: 'cultureIndicators', expect: only('coordinator'), request: () => ({ query: '{ cultureIndicators { cohorts { registered } } }' }) },
  {
    operation: 'researchExport',
    expect: only('coordinator'),
    request: (ids) => ({ query: 'query ($s: ID!) { researchExport(surveyId: $s) { pupil } }', variables: { s: ids.flow.surveyId } }),
  },
  {
    operation: 'indicators',
    expect: only('coordinator'),
    request: (ids) => ({ query: 'query ($s: ID!) { indicators(surveyId: $s) { total { pupils } } }', variables: { s: ids.flow.surveyId } }),
  },

  {
    operation: 'login',
    expect: Object.fromEntries(ROLES.map((r) => [r, 'auth/invalid_credentials'])) as Expectation,
    request: () => ({ query: 'mutation { login(email: "nobody@mukana.test", password: "x") { token } }' }),
  },
  { operation: 'logout', expect: everyone, request: () => ({ query: 'mutation { logout }' }) },
  {
    operation: 'signInWithLink',
    expect: Object.fromEntries(ROLES.map((r) => [r, 'auth/link_invalid'])) as Expectation,
    request: () => ({ query: 'mutation { signInWithLink(token: "not-a-link") { token } }' }),
  },
  {
    operation: 'setPassword',
    // Too short for everyone signed in: the gate is what is checked here, and no password changes.
    expect: Object.fromEntries(ROLES.map((r) => [r, r === 'anonymous' ? 'auth/unauthenticated' : 'input/invalid'])) as Expectation,
    request: () => ({ query: 'mutation { setPassword(password: "short") }' }),
  },
  {
    operation: 'inviteUser',
    expect: only('admin'),
    request: () => ({
      query: 'mutation ($i: InviteUserInput!) { inviteUser(input: $i) { link } }',
      variables: { i: { email: `${fresh('invitee').replace(/\W/g, '')}@mukana.test`, name: 'Invitee', role: 'COORDINATOR', areaId: '1' } },
    }),
  },
  {
    operation: 'createArea',
    expect: only('admin'),
    request: () => ({ query: 'mutation ($n: String!) { createArea(name: $n) { id } }', variables: { n: fresh('area') } }),
  },
  { operation: 'renameArea', expect: only('admin'), request: () => ({ query: 'mutation { renameArea(areaId: "1", name: "Kontula") { id } }' }) },
  {
    operation: 'createSchool',
    expect: only('coordinator', 'admin'),
    request: () => ({ query: 'mutation ($i: SchoolInput!) { createSchool(input: $i) { id } }', variables: { i: { areaId: '1', name: fresh('school') } } }),
  },
  {
    operation: 'updateSchool',
    expect: only('coordinator', 'admin'),
    request: (ids) => ({
      query: 'mutation ($s: ID!, $i: SchoolInput!) { updateSchool(schoolId: $s, input: $i) { id } }',
      variables: { s: ids.schoolClass.schoolId, i: { areaId: '1', name: ids.schoolClass.schoolName } },
    }),
  },
  {
    operation: 'createSchoolClass',
    expect: only('coordinator', 'admin'),
    request: (ids) => ({
      query: 'mutation ($i: SchoolClassInput!) { createSchoolClass(input: $i) { id } }',
      variables: { i: { schoolId: ids.schoolClass.schoolId, name: `9${String.fromCharCode(65 + (serial++ % 26))}`, grade: 9, schoolYear: '2026-2027' } },
    }),
  },
  {
    operation: 'updateSchoolClass',
    expect: only('coordinator', 'admin'),
    request: ({ schoolClass: c }) => ({
      query: 'mutation ($c: ID!, $i: SchoolClassInput!) { updateSchoolClass(classId: $c, input: $i) { id } }',
      variables: { c: c.id, i: { schoolId: c.schoolId, name: c.name, grade: c.grade, schoolYear: c.schoolYear } },
    }),
  },
  {
    operation: 'setClassLessons',
    expect: only('coordinator', 'admin'),
    request: ({ schoolClass: c }) => ({
      query: 'mutation ($c: ID!, $l: [WeeklySessionInput!]!) { setClassLessons(classId: $c, lessons: $l) { id } }',
      variables: { c: c.id, l: c.lessons },
    }),
  },
  {
    operation: 'startSchoolYear',
    expect: only('admin'),
    // A dry run: the rollover itself would move the matrix's own pupils.
    request: () => ({ query: 'mutation { startSchoolYear(from: "2026-2027", dryRun: true) { classesCreated } }' }),
  },
  {
    operation: 'importPupils',
    expect: only('coordinator', 'admin'),
    request: (ids) => ({
      query: 'mutation ($i: ImportPupilsInput!) { importPupils(input: $i) { rows } }',
      variables: { i: { schoolId: ids.schoolClass.schoolId, csv: 'luokka;etunimi;sukunimi;oppilastunniste\n', dryRun: true } },
    }),
  },
  {
    operation: 'importLessons',
    expect: only('coordinator', 'admin'),
    request: (ids) => ({
      query: 'mutation ($i: ImportLessonsInput!) { importLessons(input: $i) { rows } }',
      variables: { i: { schoolId: ids.schoolClass.schoolId, csv: 'luokka;päivä;alkaa;päättyy\n', dryRun: true } },
    }),
  },
  {
    operation: 'createClub',
    expect: only('admin'),
    request: () => ({ query: 'mutation ($n: String!) { createClub(name: $n) { id } }', variables: { n: fresh('club') } }),
  },
  {
    operation: 'renameClub',
    expect: only('club', 'admin'),
    request: (ids) => ({
      query: 'mutation ($c: ID!, $n: String!) { renameClub(clubId: $c, name: $n) { id } }',
      variables: { c: ids.club.id, n: ids.club.name },
    }),
  },
  {
    operation: 'answerSurveyWithCode',
    expect: Object.fromEntries(ROLES.map((r) => [r, 'survey/invalid_code'])) as Expectation,
    request: () => ({ query: 'mutation { answerSurveyWithCode(code: "NOPE2345", ranking: []) { id } }' }),
  },
  {
    operation: 'createHobbyGroup',
    expect: only('club'),
    request: () => ({ query: 'mutation ($i: CreateHobbyGroupInput!) { createHobbyGroup(input: $i) { id } }', variables: { i: group() } }),
  },
  {
    operation: 'updateHobbyGroup',
    expect: only('club'),
    request: (ids) => ({
      query: 'mutation ($g: ID!, $i: CreateHobbyGroupInput!) { updateHobbyGroup(groupId: $g, input: $i) { id } }',
      variables: {
        g: ids.group,
        i: group({ name: 'Jalkapallo, 3.–4. lk', capacity: 16, schoolId: '1', sessions: [{ day: 'MON', start: '14:15', end: '15:15' }] }),
      },
    }),
  },
  {
    operation: 'scheduleSchoolDayGroup',
    expect: only('teacher'),
    request: (ids) => ({ query: 'mutation ($g: ID!) { scheduleSchoolDayGroup(classId: "1", groupId: $g) { id } }', variables: { g: ids.schoolDayGroup } }),
  },
  {
    operation: 'unscheduleSchoolDayGroup',
    // Takes out what the row above placed.
    expect: only('teacher'),
    request: (ids) => ({ query: 'mutation ($g: ID!) { unscheduleSchoolDayGroup(classId: "1", groupId: $g) { id } }', variables: { g: ids.schoolDayGroup } }),
  },
  {
    operation: 'issueSurveyCodes',
    expect: only('teacher'),
    request: (ids) => ({ query: 'mutation ($s: ID!) { issueSurveyCodes(surveyId: $s, classId: "1") { code } }', variables: { s: ids.openSurvey } }),
  },
  {
    operation: 'reissueSurveyCode',
    expect: only('teacher'),
    request: (ids) => ({
      query: 'mutation ($s: ID!, $c: ID!) { reissueSurveyCode(surveyId: $s, childId: $c) { code } }',
      variables: { s: ids.openSurvey, c: ids.aino },
    }),
  },
  {
    operation: 'answerSurvey',
    expect: only('guardian'),
    request: (ids) => ({
      query: 'mutation ($i: AnswerSurveyInput!) { answerSurvey(input: $i) { id } }',
      variables: { i: { surveyId: ids.openSurvey, childId: ids.aino, ranking: [], consent: true } },
    }),
  },
  {
    operation: 'calendarFeedPath',
    expect: only('guardian'),
    request: (ids) => ({ query: 'mutation ($p: ID!) { calendarFeedPath(childId: $p) }', variables: { p: ids.aino } }),
  },
  {
    operation: 'renewCalendarFeed',
    expect: only('guardian'),
    request: (ids) => ({ query: 'mutation ($p: ID!) { renewCalendarFeed(childId: $p) }', variables: { p: ids.aino } }),
  },
  {
    operation: 'stopCalendarFeed',
    expect: only('guardian'),
    request: (ids) => ({ query: 'mutation ($p: ID!) { stopCalendarFeed(childId: $p) }', variables: { p: ids.aino } }),
  },
  {
    operation: 'enrol',
    expect: only('guardian'),
    request: (ids) => ({ query: 'mutation ($g: ID!, $p: ID!) { enrol(groupId: $g, childId: $p) { id } }', variables: { g: ids.freeGroup, p: ids.aino } }),
  },
  {
    operation: 'takePartAsAdult',
    expect: only('guardian'),
    request: (ids) => ({
      query: 'mutation ($e: ID!) { takePartAsAdult(enrolmentId: $e, takingPart: false) { id } }',
      variables: { e: ids.enrolment },
    }),
  },
  {
    operation: 'withdrawEnrolment',
    expect: only('guardian'),
    request: (ids) => ({ query: 'mutation ($e: ID!) { withdrawEnrolment(enrolmentId: $e) { id } }', variables: { e: ids.enrolment } }),
  },
  {
    operation: 'recordAttendance',
    expect: only('club'),
    request: (ids) => ({
      query: 'mutation ($g: ID!) { recordAttendance(groupId: $g, date: "2026-11-02", presentChildIds: []) { enrolmentId } }',
      variables: { g: ids.group },
    }),
  },
  {
    operation: 'createArtField',
    expect: only('coordinator'),
    request: () => ({ query: 'mutation { createArtField(input: { code: "access-dance", name: { fi: "Tanssi", sv: "Dans", en: "Dance" } }) { id } }' }),
  },
  {
    operation: 'renameArtField',
    expect: only('coordinator'),
    request: (ids) => ({
      query: 'mutation ($f: ID!) { renameArtField(fieldId: $f, name: { fi: "Musiikki", sv: "Musik", en: "Music" }) { id } }',
      variables: { f: ids.field },
    }),
  },
  {
    operation: 'createInstitution',
    expect: only('coordinator', 'admin'),
    request: (ids) => ({
      query: 'mutation ($f: ID!, $n: String!) { createInstitution(input: { name: $n, fieldId: $f }) { id } }',
      variables: { f: ids.field, n: fresh('hall') },
    }),
  },
  {
    operation: 'createCohort',
    expect: only('coordinator'),
    request: () => ({ query: 'mutation { createCohort(input: { birthYear: 2019, sponsor: "Access orchestra" }) { id } }' }),
  },
  {
    operation: 'createTrack',
    expect: only('coordinator'),
    request: (ids) => ({
      query: 'mutation ($c: ID!, $i: ID!) { createTrack(input: { cohortId: $c, institutionId: $i, capacity: 5, languages: ["fi"] }) { id } }',
      variables: { c: ids.cohort, i: ids.institution },
    }),
  },
  {
    operation: 'registerGodchild',
    expect: only('guardian'),
    request: () => ({
      query:
        'mutation { registerGodchild(input: { firstName: "Venla", birthYear: 2024, district: "Kontula", homeLanguages: ["fi"], fieldRanking: [] }) { id } }',
    }),
  },
  // The demo child is on the 2020 cohort's only track: let through, the guardian hears there is nowhere to move.
  {
    operation: 'moveTrack',
    expect: { ...only('guardian'), guardian: 'track/full' },
    request: (ids) => ({ query: 'mutation ($c: ID!) { moveTrack(childId: $c, fieldRanking: []) { id } }', variables: { c: ids.godchild } }),
  },
  {
    operation: 'assignTracks',
    expect: only('coordinator'),
    request: (ids) => ({ query: 'mutation ($c: ID!) { assignTracks(cohortId: $c, seed: 1) { placed } }', variables: { c: ids.cohort } }),
  },
  {
    operation: 'publishCultureEvent',
    expect: only('institution'),
    request: () => ({
      query: 'mutation ($i: PublishCultureEventInput!) { publishCultureEvent(input: $i) { id } }',
      variables: { i: cultureEvent('access-publish') },
    }),
  },
  {
    operation: 'enrolInOccurrence',
    expect: only('guardian'),
    request: (ids) => ({
      query: 'mutation ($c: ID!, $o: ID!) { enrolInOccurrence(childId: $c, occurrenceId: $o, adults: 1) { id } }',
      variables: { c: ids.godchild, o: ids.occurrence },
    }),
  },
  {
    operation: 'cancelEventEnrolment',
    expect: only('guardian'),
    request: (ids) => ({ query: 'mutation ($e: ID!) { cancelEventEnrolment(enrolmentId: $e) { id } }', variables: { e: ids.eventEnrolment } }),
  },
  {
    operation: 'subscribeToFreeSpot',
    expect: only('guardian'),
    request: (ids) => ({
      query: 'mutation ($c: ID!, $o: ID!) { subscribeToFreeSpot(childId: $c, occurrenceId: $o) { id } }',
      variables: { c: ids.godchild, o: ids.fullOccurrence },
    }),
  },
  {
    operation: 'checkInTicket',
    expect: only('institution'),
    request: (ids) => ({ query: 'mutation ($t: String!) { checkInTicket(ticketCode: $t) { id } }', variables: { t: ids.ticket } }),
  },
  {
    operation: 'openSurvey',
    expect: only('coordinator'),
    request: () => ({
      query: 'mutation ($i: OpenSurveyInput!) { openSurvey(input: $i) { id } }',
      variables: {
        i: { areaId: '1', grade: 4, term: DEMO_TERM, opensAt: new Date().toISOString(), closesAt: new Date(Date.now() + 3600_000).toISOString() },
      },
    }),
  },
  {
    operation: 'runMatch',
    expect: only('coordinator'),
    request: (ids) => ({ query: 'mutation ($s: ID!) { runMatch(input: { surveyId: $s, seed: 3 }) { id } }', variables: { s: ids.flow.surveyId } }),
  },
  // Let through, the coordinator meets the survey's own rule: one published run per survey.
  {
    operation: 'publishMatchRun',
    expect: { ...only('coordinator'), coordinator: 'matchRun/already_published' },
    request: (ids) => ({
      query: 'mutation ($r: ID!, $d: DateTimeISO!) { publishMatchRun(runId: $r, deadline: $d) { id } }',
      variables: { r: ids.flow.runId, d: new Date(Date.now() + 48 * 3600_000).toISOString() },
    }),
  },
  // Offers belong to the family of the matched survey: no demo account, whatever its role, may answer them.
  {
    operation: 'acceptOffer',
    expect: only(),
    request: (ids) => ({ query: 'mutation ($o: ID!) { acceptOffer(offerId: $o) { id } }', variables: { o: ids.offer } }),
  },
  {
    operation: 'declineOffer',
    expect: only(),
    request: (ids) => ({ query: 'mutation ($o: ID!) { declineOffer(offerId: $o) { id } }', variables: { o: ids.offer } }),
  },
  {
    operation: 'closeSurvey',
    expect: only('coordinator'),
    request: (ids) => ({ query: 'mutation ($s: ID!) { closeSurvey(surveyId: $s) { id } }', variables: { s: ids.openSurvey } }),
  },
]

function outcome(response: GraphQLResponse): Outcome {
  return response.errors ? String(response.errors[0]!.extensions?.code) : 'ok'
}

describe('the access matrix covers the schema', () => {
  it('has a row for every query and mutation', async () => {
    const schema = await buildApiSchema()
    const operations = [...Object.keys(schema.getQueryType()!.getFields()), ...Object.keys(schema.getMutationType()!.getFields())].sort()
    expect(CASES.map((c) => c.operation).sort()).toEqual(operations)
  })
})

describe.each(await databaseKinds())('who may do what, on %s', (kind) => {
  let api: TestApi
  const tokens: Partial<Record<Role, string>> = {}
  let ids: Ids

  beforeAll(async () => {
    api = await startTestApi(kind)
    for (const role of ROLES) if (role !== 'anonymous') tokens[role] = await api.login(`${role}@mukana.test`)
    const flow = await matchedSurvey(api)
    const published = await api.gql(
      'mutation ($r: ID!, $d: DateTimeISO!) { publishMatchRun(runId: $r, deadline: $d) { id } }',
      { r: flow.runId, d: new Date(Date.now() + 48 * 3600_000).toISOString() },
      flow.coordinator,
    )
    expect(published.errors).toBeUndefined()
    // A second run of the same survey for the publish case (the first is published already).
    flow.runId = (await api.gql('mutation ($s: ID!) { runMatch(input: { surveyId: $s, seed: 5 }) { id } }', { s: flow.surveyId }, flow.coordinator)).data
      ?.runMatch.id
    const offer = (await api.gql('{ myOffers { id status } }', {}, flow.family)).data?.myOffers.find((o: { status: string }) => o.status === 'OFFERED').id
    const children = (await api.gql('{ myChildren { id firstName } }', {}, tokens.guardian)).data?.myChildren
    const aino = children.find((c: { firstName: string }) => c.firstName === 'Aino').id
    const opened = await api.gql(
      'mutation ($i: OpenSurveyInput!) { openSurvey(input: $i) { id } }',
      {
        i: {
          areaId: '1',
          grade: 3,
          term: nextTerm(DEMO_TERM),
          opensAt: new Date(Date.now() - 3600_000).toISOString(),
          closesAt: new Date(Date.now() + 3600_000).toISOString(),
        },
      },
      tokens.coordinator,
    )
    const groups = (await api.gql('{ hobbyGroups { id name kind } }')).data?.hobbyGroups
    const roomy = String(await insertGroup(api, 'Access chess', { activity: 'chess', capacity: 30 }))
    const enrolled = await api.gql('mutation ($g: ID!, $p: ID!) { enrol(groupId: $g, childId: $p) { id } }', { g: roomy, p: aino }, tokens.guardian)
    expect(enrolled.errors).toBeUndefined()
    const field = (await api.gql('{ artFields { id } }')).data?.artFields[0].id
    const institution = (await api.gql('{ institutions { id } }')).data?.institutions[0].id
    const cohorts = (await api.gql('{ cohorts { id birthYear } }')).data?.cohorts as { id: string; birthYear: number }[]
    const cohort = cohorts.find((c) => c.birthYear === 2024)!.id
    // Two children of the 2020 cohort (the orchestra's), placed; events of the orchestra to enrol in.
    const register = async (firstName: string) =>
      (
        await api.gql(
          'mutation ($i: RegisterGodchildInput!) { registerGodchild(input: $i) { id } }',
          { i: { firstName, birthYear: 2020, district: 'Kontula', homeLanguages: ['fi'], fieldRanking: [] } },
          tokens.guardian,
        )
      ).data?.registerGodchild.id
    const godchild = await register('Venla')
    const sibling = await register('Veeti')
    await api.gql(
      'mutation ($c: ID!) { assignTracks(cohortId: $c, seed: 1) { placed } }',
      { c: cohorts.find((c) => c.birthYear === 2020)!.id },
      tokens.coordinator,
    )
    const occurrenceOf = async (group: string, capacity?: number) =>
      (
        await api.gql(
          'mutation ($i: PublishCultureEventInput!) { publishCultureEvent(input: $i) { occurrences { id } } }',
          { i: cultureEvent(group, capacity) },
          tokens.institution,
        )
      ).data?.publishCultureEvent.occurrences[0].id
    const enrol = async (c: string, o: string) =>
      (
        await api.gql(
          'mutation ($c: ID!, $o: ID!) { enrolInOccurrence(childId: $c, occurrenceId: $o, adults: 1) { id ticketCode } }',
          { c, o },
          tokens.guardian,
        )
      ).data?.enrolInOccurrence
    const cancellable = await enrol(godchild, await occurrenceOf('access-a'))
    const classes = (await api.gql('{ schoolClasses { id name grade schoolYear school { id name } lessons { day start end } } }', {}, tokens.coordinator)).data
      ?.schoolClasses
    const { school, ...rest } = classes[0]
    const schoolClass = { ...rest, schoolId: school.id, schoolName: school.name }
    const fullOccurrence = await occurrenceOf('access-full', 2)
    await enrol(sibling, fullOccurrence)
    // A ticket is checked in on its own day: this occurrence is today.
    const door = await occurrenceOf('access-door')
    const ticket = (await enrol(sibling, door)).ticketCode
    await api.orm.em.fork().nativeUpdate(OccurrenceEntity, { id: Number(door) }, { startsAt: new Date() })
    ids = {
      godchild,
      occurrence: await occurrenceOf('access-b'),
      fullOccurrence,
      eventEnrolment: cancellable.id,
      ticket,
      field,
      institution,
      cohort,
      aino,
      group: groups.find((g: { name: string }) => g.name === 'Jalkapallo, 3.–4. lk').id,
      schoolDayGroup: groups.find((g: { name: string }) => g.name === 'Sarjakuva ja piirtäminen').id,
      openSurvey: opened.data?.openSurvey.id,
      flow,
      enrolment: enrolled.data?.enrol.id,
      offer,
      freeGroup: String(await insertGroup(api, 'Access circus', { activity: 'circus', capacity: 30 })),
      schoolClass,
      club: (await api.gql('{ clubs { id name } }')).data?.clubs.find((c: { id: string }) => c.id === '1'),
    }
  })
  afterAll(() => api.close())

  it.each(CASES.map((c) => [c.operation, c] as const))('%s', async (_, testCase) => {
    // The refusals first, all at once (a refusal changes nothing), then the roles let through one by one:
    // what they change does not alter the others' answers.
    const refused = ROLES.filter((role) => testCase.expect[role] !== 'ok')
    const allowed = ROLES.filter((role) => testCase.expect[role] === 'ok')
    const ask = (role: Role) => {
      const { query, variables } = testCase.request(ids)
      return api.gql(query, variables, tokens[role]).then(outcome)
    }
    const seen: Partial<Expectation> = Object.fromEntries(await Promise.all(refused.map(async (role) => [role, await ask(role)] as const)))
    for (const role of allowed) seen[role] = await ask(role)
    expect(seen).toEqual(testCase.expect)
  })
})
