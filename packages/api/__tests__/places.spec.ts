/** Areas, schools, classes, lessons and clubs through GraphQL, on both databases: who may, and every bad input named. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { databaseKinds, expectRefused, startTestApi, type TestApi } from './testApi'

const AREA = 'mutation ($n: String!) { createArea(name: $n) { id name } }'
const SCHOOL = 'mutation ($i: SchoolInput!) { createSchool(input: $i) { id name serviceMapId area { name } } }'
const CLASS = 'mutation ($i: SchoolClassInput!) { createSchoolClass(input: $i) { id name grade schoolYear school { name } } }'
const LESSONS = 'mutation ($c: ID!, $l: [WeeklySessionInput!]!) { setClassLessons(classId: $c, lessons: $l) { lessons { day start end } } }'

describe.each(await databaseKinds())('places on %s', (kind) => {
  let api: TestApi
  let admin: string
  let coordinator: string

  beforeAll(async () => {
    api = await startTestApi(kind)
    admin = await api.login('admin@mukana.test')
    coordinator = await api.login('coordinator@mukana.test')
  })
  afterAll(() => api.close())

  it('lets an administrator set up a new area from nothing: the area, a school, a class and its week', async () => {
    const area = (await api.gql(AREA, { n: 'Vuosaari' }, admin)).data?.createArea
    expect(area).toMatchObject({ name: 'Vuosaari' })
    const school = await api.gql(SCHOOL, { i: { areaId: area.id, name: 'Vuosaaren peruskoulu', serviceMapId: 44214 } }, admin)
    expect(school.data?.createSchool).toMatchObject({ name: 'Vuosaaren peruskoulu', serviceMapId: 44214, area: { name: 'Vuosaari' } })
    const created = await api.gql(CLASS, { i: { schoolId: school.data?.createSchool.id, name: '3C', grade: 3, schoolYear: '2026-2027' } }, admin)
    expect(created.data?.createSchoolClass).toMatchObject({ name: '3C', grade: 3, schoolYear: '2026-2027', school: { name: 'Vuosaaren peruskoulu' } })
    const lessons = [
      { day: 'MON', start: '08:15', end: '09:00' },
      { day: 'MON', start: '09:15', end: '11:45' },
      { day: 'FRI', start: '12:30', end: '14:00' },
    ]
    const set = await api.gql(LESSONS, { c: created.data?.createSchoolClass.id, l: lessons }, admin)
    expect(set.data?.setClassLessons.lessons).toEqual(lessons)
  })

  it("lets a coordinator keep the schools and classes of their own area, and no other's", async () => {
    const own = await api.gql(SCHOOL, { i: { areaId: '1', name: 'Kontulan uusi koulu' } }, coordinator)
    expect(own.errors).toBeUndefined()
    const other = (await api.gql(AREA, { n: 'Malmi' }, admin)).data?.createArea.id
    expectRefused(await api.gql(SCHOOL, { i: { areaId: other, name: 'Malmin koulu' } }, coordinator), 'auth/forbidden')
    const theirs = (await api.gql(SCHOOL, { i: { areaId: other, name: 'Malmin koulu' } }, admin)).data?.createSchool.id
    expectRefused(await api.gql(CLASS, { i: { schoolId: theirs, name: '3A', grade: 3, schoolYear: '2026-2027' } }, coordinator), 'auth/forbidden')
    expectRefused(await api.gql(AREA, { n: 'Oma alue' }, coordinator), 'auth/forbidden')
  })

  it('names every field at fault, and writes nothing', async () => {
    expectRefused(await api.gql(AREA, { n: '  ' }, admin), 'input/invalid', ['name'])
    expectRefused(await api.gql(SCHOOL, { i: { areaId: '999', name: '', serviceMapId: -1 } }, admin), 'input/invalid', ['name', 'serviceMapId', 'areaId'])
    expectRefused(await api.gql(CLASS, { i: { schoolId: '1', name: '3A!!', grade: 11, schoolYear: '2026-2028' } }, admin), 'input/invalid', [
      'name',
      'grade',
      'schoolYear',
    ])
    const classId = (await api.gql('{ schoolClasses { id } }', {}, admin)).data?.schoolClasses[0].id
    expectRefused(await api.gql(LESSONS, { c: classId, l: [{ day: 'TUE', start: '10:00', end: '09:00' }] }, admin), 'input/invalid', ['lessons[0].end'])
    const areas = (await api.gql('{ areas { name } }')).data?.areas.map((a: { name: string }) => a.name)
    expect(areas).not.toContain('')
  })

  it('refuses a second area, school or class of the same name with a field error', async () => {
    expectRefused(await api.gql(AREA, { n: 'Kontula' }, admin), 'input/invalid', ['name'])
    const name = (await api.gql('{ schools(areaId: "1") { name } }')).data?.schools[0].name
    expectRefused(await api.gql(SCHOOL, { i: { areaId: '1', name } }, admin), 'input/invalid', ['name'])
    const school = (await api.gql('{ schools { id } }')).data?.schools[0].id
    const input = { schoolId: school, name: '5B', grade: 5, schoolYear: '2026-2027' }
    const both = await Promise.all([api.gql(CLASS, { i: input }, admin), api.gql(CLASS, { i: input }, admin)])
    expect(both.filter((r) => r.data?.createSchoolClass)).toHaveLength(1)
    for (const refused of both.filter((r) => r.errors)) expectRefused(refused, 'input/invalid', ['name'])
  })

  it("lets an administrator add a club, and the club's own staff rename it", async () => {
    const club = (await api.gql('mutation { createClub(name: "Vuosaaren Voima") { id name } }', {}, admin)).data?.createClub
    expect(club.name).toBe('Vuosaaren Voima')
    const staff = await api.login('club@mukana.test')
    expectRefused(await api.gql('mutation ($c: ID!) { renameClub(clubId: $c, name: "Oma nimi") { id } }', { c: club.id }, staff), 'auth/forbidden')
    const renamed = await api.gql('mutation { renameClub(clubId: "1", name: "Kontulan Kisa ry") { name } }', {}, staff)
    expect(renamed.data?.renameClub.name).toBe('Kontulan Kisa ry')
  })
})
