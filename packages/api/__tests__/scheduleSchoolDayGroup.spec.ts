import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SchoolEntity } from '../src/modules/people/school/school.entity'
import { insertGroup } from './flows'
import { ClassActivityEntity } from '../src/modules/hobby/schedule/classActivity.entity'
import { databaseKinds, expectRefused, startTestApi, type TestApi } from './testApi'
import { DEMO_TERM } from '../src/seed/seedKontula'

const SCHEDULE = 'mutation ($c: ID!, $g: ID!) { scheduleSchoolDayGroup(classId: $c, groupId: $g) { name activities { name sessions { day start end } } } }'
const CLASSES = '{ schoolClasses { id name activities { name } } }'

describe.each(await databaseKinds())('school-day scheduling on %s', (kind) => {
  let api: TestApi
  let teacher: string
  const named: Record<string, string> = {}

  /** A school-day group of Kontulan ala-aste at the given session ("mon 12:45-13:30"), made directly in the database. */
  async function schoolDayGroup(name: string, session: string): Promise<string> {
    const [day, times] = session.split(' ')
    const [start, end] = times.split('-')
    const school = await api.orm.em.fork().findOneOrFail(SchoolEntity, { name: 'Kontulan ala-aste' })
    return String(await insertGroup(api, name, { activity: 'chess', school, kind: 'school-day', sessions: [{ day, start, end } as never] }))
  }

  beforeAll(async () => {
    api = await startTestApi(kind)
    teacher = await api.login('teacher@mukana.test')
    for (const g of (await api.gql('{ hobbyGroups { id name } }')).data?.hobbyGroups ?? []) named[g.name] = g.id
  })
  afterAll(() => api.close())

  it("places a school-day group into a free hour of the teacher's class", async () => {
    const { data, errors } = await api.gql(SCHEDULE, { c: '1', g: named['Sarjakuva ja piirtäminen'] }, teacher)
    expect(errors).toBeUndefined()
    expect(data?.scheduleSchoolDayGroup).toEqual({
      name: '3A',
      activities: [{ name: 'Sarjakuva ja piirtäminen', sessions: [{ day: 'THU', start: '12:45', end: '13:30' }] }],
    })
    const classes = (await api.gql(CLASSES, {}, teacher)).data?.schoolClasses
    expect(classes.map((c: { activities: unknown[] }) => c.activities.length)).toEqual([1, 0])
  })

  it("tells the coordinator, in a timetable's dry run, which placed groups a new lesson would meet", async () => {
    // "Sarjakuva ja piirtäminen" is in 3A's timetable on Thursdays 12:45–13:30 (the first test placed it).
    const coordinator = await api.login('coordinator@mukana.test')
    const school = await api.orm.em.fork().findOneOrFail(SchoolEntity, { name: 'Kontulan ala-aste' })
    const IMPORT =
      'mutation ($i: ImportLessonsInput!) { importLessons(input: $i) { written classesUpdated clashes { className group { name } session { day start end } lesson { day start end } } } }'
    const csv = 'luokka;päivä;alkaa;päättyy\n3A;to;12.00;13.00\n3A;pe;8.15;9.00\n3B;to;12.00;13.00\n'
    const { data, errors } = await api.gql(IMPORT, { i: { schoolId: String(school.id), csv, dryRun: true } }, coordinator)
    expect(errors).toBeUndefined()
    expect(data?.importLessons).toEqual({
      written: false,
      classesUpdated: 2,
      clashes: [
        {
          className: '3A',
          group: { name: 'Sarjakuva ja piirtäminen' },
          session: { day: 'THU', start: '12:45', end: '13:30' },
          lesson: { day: 'THU', start: '12:00', end: '13:00' },
        },
      ],
    })
  })

  it('refuses a club’s change of sessions that would clash with a class the group is placed in, naming the class', async () => {
    const school = await api.orm.em.fork().findOneOrFail(SchoolEntity, { name: 'Kontulan ala-aste' })
    const groupId = String(
      await insertGroup(api, 'Saturday chess', { activity: 'chess', school, kind: 'school-day', sessions: [{ day: 'sat', start: '10:00', end: '11:00' }] }),
    )
    expect((await api.gql(SCHEDULE, { c: '1', g: groupId }, teacher)).errors).toBeUndefined()
    const [lesson] = (await api.gql('{ schoolClasses { id lessons { day start end } } }', {}, teacher)).data?.schoolClasses.find(
      (c: { id: string }) => c.id === '1',
    ).lessons as { day: string; start: string; end: string }[]
    const club = await api.login('club@mukana.test')
    const UPDATE = 'mutation ($g: ID!, $i: CreateHobbyGroupInput!) { updateHobbyGroup(groupId: $g, input: $i) { sessions { day start end } } }'
    const input = (sessions: { day: string; start: string; end: string }[]) => ({
      clubId: '1',
      name: 'Saturday chess',
      activity: 'chess',
      capacity: 10,
      grades: [3],
      kind: 'SCHOOL_DAY',
      term: DEMO_TERM,
      schoolId: String(school.id),
      sessions,
    })
    const refused = await api.gql(UPDATE, { g: groupId, i: input([lesson]) }, club)
    expectRefused(refused, 'schedule/conflict')
    expect(refused.errors![0].message).toContain('3A')
    expect((await api.gql(UPDATE, { g: groupId, i: input([{ day: 'SUN', start: '10:00', end: '11:00' }]) }, club)).data?.updateHobbyGroup.sessions).toEqual([
      { day: 'SUN', start: '10:00', end: '11:00' },
    ])
    await api.orm.em.fork().nativeDelete(ClassActivityEntity, { group: Number(groupId) })
  })

  it('refuses clashes with lessons and with other activities, naming them', async () => {
    const monday = await schoolDayGroup('Monday chess', 'mon 12:45-13:30') // 3A has a sixth lesson on Mondays
    const lesson = await api.gql(SCHEDULE, { c: '1', g: monday }, teacher)
    expectRefused(lesson, 'schedule/conflict')
    expect(lesson.errors?.[0].message).toBe('Monday chess (mon 12:45–13:30) clashes with the lesson mon 12:45–13:30.')
    const thursday = await schoolDayGroup('Thursday chess', 'thu 13:00-13:45')
    const activity = await api.gql(SCHEDULE, { c: '1', g: thursday }, teacher)
    expectRefused(activity, 'schedule/conflict')
    expect(activity.errors?.[0].message).toBe('Thursday chess (thu 13:00–13:45) clashes with Sarjakuva ja piirtäminen.')
    expectRefused(await api.gql(SCHEDULE, { c: '1', g: named['Sarjakuva ja piirtäminen'] }, teacher), 'schedule/conflict')
  })

  it('tells the teacher beforehand what a group would clash with, by the rule the API places by', async () => {
    const clashes = async (groupId: string, classId = '1') =>
      (
        await api.gql(
          'query ($c: ID!) { hobbyGroups { id clashesIn(classId: $c) { session { day start } lesson { day start end } activity { name } } } }',
          { c: classId },
          teacher,
        )
      ).data?.hobbyGroups.find((g: { id: string }) => g.id === groupId).clashesIn
    const monday = await schoolDayGroup('Monday draughts', 'mon 12:45-13:30')
    expect(await clashes(monday)).toEqual([{ session: { day: 'MON', start: '12:45' }, lesson: { day: 'MON', start: '12:45', end: '13:30' }, activity: null }])
    const thursday = await schoolDayGroup('Thursday draughts', 'thu 13:00-13:45')
    expect(await clashes(thursday)).toEqual([{ session: { day: 'THU', start: '13:00' }, lesson: null, activity: { name: 'Sarjakuva ja piirtäminen' } }])
    // 3B has placed nothing and has no lesson then; a group never clashes with itself.
    expect(await clashes(thursday, '2')).toEqual([])
    expect(await clashes(named['Sarjakuva ja piirtäminen'])).toEqual([])
    // Another school's class, or nobody signed in: the class's week is not theirs to see.
    expectRefused(await api.gql('query ($c: ID!) { hobbyGroups { clashesIn(classId: $c) { lesson { day } } } }', { c: '3' }, teacher), 'auth/forbidden')
    expectRefused(await api.gql('query ($c: ID!) { hobbyGroups { clashesIn(classId: $c) { lesson { day } } } }', { c: '1' }), 'auth/unauthenticated')
  })

  it('places a group once when asked several times at once, and never two clashing groups at once', async () => {
    const twice = await schoolDayGroup('Friday knitting', 'fri 14:30-15:15')
    const same = await Promise.all([1, 2, 3].map(() => api.gql(SCHEDULE, { c: '2', g: twice }, teacher)))
    expect(same.map((r) => r.errors?.[0]?.extensions?.code ?? 'ok').sort()).toEqual(['ok', 'schedule/conflict', 'schedule/conflict'])
    const [a, b] = [await schoolDayGroup('Tuesday lego', 'tue 14:30-15:15'), await schoolDayGroup('Tuesday origami', 'tue 14:45-15:15')]
    const both = await Promise.all([api.gql(SCHEDULE, { c: '2', g: a }, teacher), api.gql(SCHEDULE, { c: '2', g: b }, teacher)])
    expect(both.map((r) => r.errors?.[0]?.extensions?.code ?? 'ok').sort()).toEqual(['ok', 'schedule/conflict'])
  })

  it('lets the teacher take a group out of the timetable, after which it can be placed again', async () => {
    const UNSCHEDULE = 'mutation ($c: ID!, $g: ID!) { unscheduleSchoolDayGroup(classId: $c, groupId: $g) { activities { name } } }'
    const group = await schoolDayGroup('Wednesday drama', 'wed 14:30-15:15')
    expect((await api.gql(SCHEDULE, { c: '2', g: group }, teacher)).errors).toBeUndefined()
    const out = await api.gql(UNSCHEDULE, { c: '2', g: group }, teacher)
    expect(out.errors).toBeUndefined()
    expect(out.data?.unscheduleSchoolDayGroup.activities.map((a: { name: string }) => a.name)).not.toContain('Wednesday drama')
    expectRefused(await api.gql(UNSCHEDULE, { c: '2', g: group }, teacher), 'not_found')
    expectRefused(await api.gql(UNSCHEDULE, { c: '3', g: group }, teacher), 'auth/forbidden')
    expectRefused(await api.gql(UNSCHEDULE, { c: '2', g: group }, await api.login('coordinator@mukana.test')), 'auth/forbidden')
    expect((await api.gql(SCHEDULE, { c: '2', g: group }, teacher)).errors).toBeUndefined()
  })

  it('refuses groups that are not school-day groups of the school, other schools’ classes and other roles', async () => {
    expectRefused(await api.gql(SCHEDULE, { c: '1', g: named['Jalkapallo, 3.–4. lk'] }, teacher), 'input/invalid', ['groupId'])
    expectRefused(await api.gql(SCHEDULE, { c: '1', g: named['Robotiikka'] }, teacher), 'input/invalid', ['groupId']) // meets at Laakavuori
    expectRefused(await api.gql(SCHEDULE, { c: '3', g: named['Sarjakuva ja piirtäminen'] }, teacher), 'auth/forbidden')
    for (const email of ['coordinator@mukana.test', 'club@mukana.test', 'guardian@mukana.test']) {
      expectRefused(await api.gql(SCHEDULE, { c: '2', g: named['Sarjakuva ja piirtäminen'] }, await api.login(email)), 'auth/forbidden')
    }
  })

  it("lets the class's pupils, and only them, be matched to the group during the school day", async () => {
    const coordinator = await api.login('coordinator@mukana.test')
    const guardian = await api.login('guardian@mukana.test')
    const now = Date.now()
    const surveyId = (
      await api.gql(
        'mutation ($input: OpenSurveyInput!) { openSurvey(input: $input) { id } }',
        {
          input: {
            areaId: '1',
            grade: 3,
            term: DEMO_TERM,
            opensAt: new Date(now - 3600_000).toISOString(),
            closesAt: new Date(now + 3600_000).toISOString(),
          },
        },
        coordinator,
      )
    ).data?.openSurvey.id
    const twins = (await api.gql('{ myChildren { id firstName schoolClass { name } } }', {}, guardian)).data?.myChildren
    for (const child of twins) {
      // The family is free only on Saturday mornings: in the week, only school hours remain.
      const answer = {
        surveyId,
        childId: child.id,
        ranking: [named['Sarjakuva ja piirtäminen']],
        freeWindows: [{ day: 'SAT', start: '10:00', end: '12:00' }],
        consent: true,
      }
      expect(
        (await api.gql('mutation ($input: AnswerSurveyInput!) { answerSurvey(input: $input) { consent } }', { input: answer }, guardian)).errors,
      ).toBeUndefined()
    }
    await api.gql('mutation ($id: ID!) { closeSurvey(surveyId: $id) { id } }', { id: surveyId }, coordinator)
    const run = (
      await api.gql(
        'mutation ($input: RunMatchInput!) { runMatch(input: $input) { placements { child { firstName } group { name } } unplaced { child { firstName } reason } } }',
        { input: { surveyId, seed: 1 } },
        coordinator,
      )
    ).data?.runMatch
    expect(run.placements).toEqual([{ child: { firstName: 'Aino' }, group: { name: 'Sarjakuva ja piirtäminen' } }]) // 3A: scheduled
    expect(run.unplaced).toEqual([{ child: { firstName: 'Eino' }, reason: 'no-acceptable-offering' }]) // 3B did not schedule it
  })
})
