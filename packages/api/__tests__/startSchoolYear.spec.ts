/** A new school year on both databases: classes move up with their pupils, and last year reads as it was. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ChildEntity } from '../src/modules/people/child/child.entity'
import { SchoolClassEntity } from '../src/modules/people/schoolClass/schoolClass.entity'
import { DEMO_SCHOOL_YEAR } from '@mukana/api'
import { acceptAllIn, publishedSurvey, type PublishedSurvey } from './flows'
import { databaseKinds, expectRefused, startTestApi, type TestApi } from './testApi'

// The demo's classes are of the school year its survey's term falls in.
const THIS_YEAR = DEMO_SCHOOL_YEAR
const NEXT_YEAR = DEMO_SCHOOL_YEAR.split('-')
  .map((year) => Number(year) + 1)
  .join('-')

const START =
  'mutation ($f: String!, $d: Boolean!) { startSchoolYear(from: $f, dryRun: $d) { from to dryRun classesCreated pupilsMoved pupilsLeft moves { school from to pupils } } }'
const INDICATORS = 'query ($s: ID!) { indicators(surveyId: $s) { total { pupils answered enrolled } classes { label pupils enrolled } } }'

describe.each(await databaseKinds())('starting a school year on %s', (kind) => {
  let api: TestApi
  let admin: string
  let flow: PublishedSurvey
  let lastYear: unknown
  let leaver: number

  beforeAll(async () => {
    api = await startTestApi(kind)
    admin = await api.login('admin@mukana.test')
    flow = await publishedSurvey(api)
    await acceptAllIn(api, flow, '1')
    lastYear = (await api.gql(INDICATORS, { s: flow.surveyId }, flow.coordinator)).data?.indicators
    // A ninth grade, whose pupil leaves the schools' lists.
    const em = api.orm.em.fork()
    const school = (await em.findOneOrFail(SchoolClassEntity, { schoolYear: THIS_YEAR }, { populate: ['school'] })).school
    const ninth = em.create(SchoolClassEntity, { school, name: '9C', grade: 9, schoolYear: THIS_YEAR, lessons: [] })
    const pupil = em.create(ChildEntity, {
      firstName: 'Ysi',
      lastName: 'Luokkalainen',
      gender: 'boy',
      homeLanguages: ['fi'],
      district: null,
      birthYear: 2011,
      schoolClass: ninth,
      registeredAt: null,
      track: null,
    })
    await em.flush()
    leaver = pupil.id
  })
  afterAll(() => api.close())

  const classesOf = (year: string) => api.orm.em.fork().count(SchoolClassEntity, { schoolYear: year })

  it('reports in a dry run what it would do, and does nothing', async () => {
    const before = await classesOf(THIS_YEAR)
    const { data, errors } = await api.gql(START, { f: THIS_YEAR, d: true }, admin)
    expect(errors).toBeUndefined()
    const report = data?.startSchoolYear
    expect(report).toMatchObject({ from: THIS_YEAR, to: NEXT_YEAR, dryRun: true, classesCreated: before - 1, pupilsLeft: 1 })
    expect(report.moves).toContainEqual(expect.objectContaining({ from: '9C', to: null, pupils: 1 }))
    expect(report.moves).toContainEqual(expect.objectContaining({ from: '3A', to: '4A' }))
    expect(await classesOf(NEXT_YEAR)).toBe(0)
  })

  it('moves every class up a grade with its pupils, lets the ninth grade leave, and keeps last year readable', async () => {
    const { data } = await api.gql(START, { f: THIS_YEAR, d: false }, admin)
    const moved = data?.startSchoolYear.pupilsMoved
    expect(moved).toBeGreaterThan(100)
    const em = api.orm.em.fork()
    expect(await em.count(ChildEntity, { schoolClass: { schoolYear: NEXT_YEAR, grade: 4 } })).toBe(moved)
    expect(await em.count(ChildEntity, { schoolClass: { schoolYear: THIS_YEAR } })).toBe(0)
    expect((await em.findOneOrFail(ChildEntity, { id: leaver })).schoolClass).toBeNull()
    // Last year's survey finds its pupils as they were, in their third-grade classes.
    expect((await api.gql(INDICATORS, { s: flow.surveyId }, flow.coordinator)).data?.indicators).toEqual(lastYear)
  })

  it('moves nobody twice when run again, and refuses a malformed year naming the field', async () => {
    expect((await api.gql(START, { f: THIS_YEAR, d: false }, admin)).data?.startSchoolYear).toMatchObject({
      classesCreated: 0,
      pupilsMoved: 0,
      pupilsLeft: 0,
    })
    expectRefused(await api.gql(START, { f: '2026', d: true }, admin), 'input/invalid', ['from'])
    expectRefused(await api.gql(START, { f: THIS_YEAR, d: true }, flow.coordinator), 'auth/forbidden')
  })
})
