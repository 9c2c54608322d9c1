/** Test vocabulary for the hobby flow: a survey answered by every pupil of Kontula, matched and published. */
import { expect } from 'vitest'
import { seededRandom } from '@mukana/matcher'
import { DEMO_PASSWORD, DEMO_SCHOOL_YEAR } from '@mukana/api'
import { ClubEntity } from '../src/modules/hobby/club/club.entity'
import { EnrolmentEntity } from '../src/modules/hobby/enrolment/enrolment.entity'
import { HobbyGroupEntity, type HobbyGroup } from '../src/modules/hobby/hobbyGroup/hobbyGroup.entity'
import { ChildEntity } from '../src/modules/people/child/child.entity'
import { SurveyEntity } from '../src/modules/hobby/survey/survey.entity'
import { SurveyAnswerEntity } from '../src/modules/hobby/survey/surveyAnswer.entity'
import { hashPassword } from '../src/modules/people/user/passwords'
import { UserEntity } from '../src/modules/people/user/user.entity'
import type { TestApi } from './testApi'
import { DEMO_TERM } from '../src/seed/seedKontula'

export interface PublishedSurvey {
  surveyId: string
  runId: string
  coordinator: string
  /** A guardian account linked to every pupil of the area (it stands for all the families). */
  family: string
}

/** Answered by every pupil (popular first choices make waiting lists), closed and matched, not yet published. */
export async function matchedSurvey(api: TestApi, seed = 7): Promise<PublishedSurvey> {
  const coordinator = await api.login('coordinator@mukana.test')
  const now = Date.now()
  const opened = await api.gql(
    'mutation ($input: OpenSurveyInput!) { openSurvey(input: $input) { id groups { id } } }',
    {
      input: { areaId: '1', grade: 3, term: DEMO_TERM, opensAt: new Date(now - 3600_000).toISOString(), closesAt: new Date(now + 3600_000).toISOString() },
    },
    coordinator,
  )
  const surveyId: string = opened.data?.openSurvey.id
  const groupIds: number[] = opened.data?.openSurvey.groups.map((g: { id: string }) => Number(g.id))
  const em = api.orm.em.fork()
  const survey = await em.findOneOrFail(SurveyEntity, { id: Number(surveyId) })
  const guardian = em.create(UserEntity, {
    email: 'family@mukana.test',
    name: 'Family',
    passwordHash: await hashPassword(DEMO_PASSWORD),
    role: 'guardian',
    club: null,
    school: null,
    area: null,
  })
  const random = seededRandom(seed)
  for (const pupil of await em.find(ChildEntity, { schoolClass: { grade: 3, school: { area: 1 } } }, { orderBy: { id: 'asc' } })) {
    pupil.guardians.add(guardian)
    const ranking = [groupIds[0], groupIds[1], ...[...groupIds.slice(2)].sort(() => random() - 0.5).slice(0, 2)]
    em.create(SurveyAnswerEntity, { survey, child: pupil, ranking, freeWindows: null, consent: true, updatedAt: new Date() })
  }
  await em.flush()
  await api.gql('mutation ($id: ID!) { closeSurvey(surveyId: $id) { id } }', { id: surveyId }, coordinator)
  const run = await api.gql('mutation ($input: RunMatchInput!) { runMatch(input: $input) { id } }', { input: { surveyId, seed: 11 } }, coordinator)
  return { surveyId, runId: run.data?.runMatch.id, coordinator, family: await api.login('family@mukana.test') }
}

/** matchedSurvey, with the run published (offers out, answers due in 48 hours). */
export async function publishedSurvey(api: TestApi, seed = 7): Promise<PublishedSurvey> {
  const flow = await matchedSurvey(api, seed)
  const published = await api.gql(
    'mutation ($runId: ID!, $deadline: DateTimeISO!) { publishMatchRun(runId: $runId, deadline: $deadline) { id } }',
    { runId: flow.runId, deadline: new Date(Date.now() + 48 * 3600_000).toISOString() },
    flow.coordinator,
  )
  expect(published.errors).toBeUndefined()
  return flow
}

/** The family accepts every offer made in a group; returns the pupils now enrolled there. */
export async function acceptAllIn(api: TestApi, flow: PublishedSurvey, groupId: string): Promise<string[]> {
  const offers = (await api.gql('{ myOffers { id status child { id } group { id } } }', {}, flow.family)).data?.myOffers ?? []
  const mine = offers.filter((o: { status: string; group: { id: string } }) => o.status === 'OFFERED' && o.group.id === groupId)
  for (const offer of mine)
    expect((await api.gql('mutation ($id: ID!) { acceptOffer(offerId: $id) { id } }', { id: offer.id }, flow.family)).errors).toBeUndefined()
  return mine.map((o: { child: { id: string } }) => o.child.id)
}

/**
 * A hobby group of club 1 (or `clubId`) for grade 3 this autumn, inserted directly in the database: 12 seats, Fridays
 * after school, at no school, unless `fields` say otherwise. Returns its id.
 */
export async function insertGroup(
  api: TestApi,
  name: string,
  { clubId = 1, ...fields }: Partial<Omit<HobbyGroup, 'club'>> & { clubId?: number } = {},
): Promise<number> {
  const em = api.orm.em.fork()
  const group = em.create(HobbyGroupEntity, {
    name,
    activity: 'football',
    club: await em.findOneOrFail(ClubEntity, { id: clubId }),
    school: null,
    description: '',
    venue: '',
    capacity: 12,
    girlsReservedSeats: 0,
    girlsOnly: false,
    familyGroup: false,
    grades: [3],
    kind: 'after-school',
    term: DEMO_TERM,
    sessions: [{ day: 'fri', start: '14:15', end: '15:15' }],
    seatsTaken: 0,
    ...fields,
  })
  await em.flush()
  return group.id
}

/** A group's seats as counted (seatsTaken) and as held (enrolled rows): the two must always agree. */
export async function seatCount(api: TestApi, groupId: number): Promise<[number, number]> {
  const em = api.orm.em.fork()
  const row = await em.findOneOrFail(HobbyGroupEntity, { id: groupId })
  return [row.seatsTaken, await em.count(EnrolmentEntity, { group: groupId, status: 'enrolled' })]
}

/**
 * A new school, made through GraphQL by `token` in area `areaId` (a new area of that name when given a
 * name), with third-grade classes of the demo's school year: what a school file is imported into. Its class ids by name.
 */
export async function newSchool(
  api: TestApi,
  token: string,
  name: string,
  { area = '1', classes = [] }: { area?: string | { name: string }; classes?: string[] } = {},
): Promise<{ schoolId: string; classIds: Map<string, string> }> {
  const areaId =
    typeof area === 'string' ? area : (await api.gql('mutation ($n: String!) { createArea(name: $n) { id } }', { n: area.name }, token)).data?.createArea.id
  const created = await api.gql('mutation ($a: ID!, $n: String!) { createSchool(input: { areaId: $a, name: $n }) { id } }', { a: areaId, n: name }, token)
  expect(created.errors).toBeUndefined()
  const schoolId = created.data?.createSchool.id as string
  const classIds = new Map<string, string>()
  for (const className of classes) {
    const made = await api.gql(
      'mutation ($i: SchoolClassInput!) { createSchoolClass(input: $i) { id } }',
      { i: { schoolId, name: className, grade: 3, schoolYear: DEMO_SCHOOL_YEAR } },
      token,
    )
    classIds.set(className, made.data?.createSchoolClass.id)
  }
  return { schoolId, classIds }
}
