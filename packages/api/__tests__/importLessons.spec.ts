/** Timetable import over HTTP on both databases, from the documented example file. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SchoolClassEntity } from '../src/modules/people/schoolClass/schoolClass.entity'
import { newSchool } from './flows'
import { databaseKinds, expectRefused, startTestApi, type TestApi } from './testApi'

const EXAMPLE = readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'examples', 'timetable.csv'), 'utf8')
const IMPORT =
  'mutation ($i: ImportLessonsInput!) { importLessons(input: $i) { dryRun written rows lessons classesUpdated classesUnchanged problems { line column code value } } }'
type Problem = { line: number; column: string; code: string }
const described = (problems: Problem[]) => problems.map((p) => `${p.line} ${p.column} ${p.code}`)

describe.each(await databaseKinds())('timetable import on %s', (kind) => {
  let api: TestApi
  let coordinator: string
  let schoolId: string
  let classIds: Map<string, string>
  const run = (csv: string, dryRun = false, token = coordinator) => api.gql(IMPORT, { i: { schoolId, csv, dryRun } }, token)
  const report = async (csv: string, dryRun = false) => {
    const { data, errors } = await run(csv, dryRun)
    expect(errors).toBeUndefined()
    return data?.importLessons
  }
  const lessonsOf = async (name: string) => (await api.orm.em.fork().findOneOrFail(SchoolClassEntity, { id: Number(classIds.get(name)) })).lessons

  beforeAll(async () => {
    api = await startTestApi(kind)
    coordinator = await api.login('coordinator@mukana.test')
    const school = await newSchool(api, coordinator, 'Lukujärjestyskoulu', { classes: ['3A', '3B', '3C'] })
    schoolId = school.schoolId
    classIds = school.classIds
    await api.gql(
      'mutation ($c: ID!) { setClassLessons(classId: $c, lessons: [{ day: MON, start: "12:00", end: "13:00" }]) { id } }',
      { c: classIds.get('3C') },
      coordinator,
    )
  })
  afterAll(() => api.close())

  it('checks the example file in a dry run, writing nothing', async () => {
    expect(await report(EXAMPLE, true)).toEqual({
      dryRun: true,
      written: false,
      rows: 21,
      lessons: 20,
      classesUpdated: 2,
      classesUnchanged: 0,
      problems: [],
    })
    expect(await lessonsOf('3A')).toEqual([])
  })

  it('gives each class it names exactly its lessons, in week order, and leaves the others', async () => {
    expect(await report(EXAMPLE)).toMatchObject({ written: true, classesUpdated: 2 })
    const lessons = await lessonsOf('3A')
    expect(lessons).toHaveLength(12)
    expect(lessons[0]).toEqual({ day: 'mon', start: '08:15', end: '09:00' })
    expect(lessons.at(-1)).toEqual({ day: 'fri', start: '09:15', end: '10:00' })
    expect(await lessonsOf('3B')).toHaveLength(8)
    expect(await lessonsOf('3C')).toEqual([{ day: 'mon', start: '12:00', end: '13:00' }])
  })

  it('changes nothing when the same file comes again, and replaces a changed class’s week', async () => {
    expect(await report(EXAMPLE)).toMatchObject({ classesUpdated: 0, classesUnchanged: 2 })
    // 3B's week in another export: English headers, commas, one column of times, weekdays by name.
    const changed = ['class,weekday,time,subject', '3b,Monday,9:15-10:00,Maths', '3b,Friday,12.00–12.45,Music'].join('\r\n')
    expect(await report(changed)).toMatchObject({ rows: 2, classesUpdated: 1, classesUnchanged: 0 })
    expect(await lessonsOf('3B')).toEqual([
      { day: 'mon', start: '09:15', end: '10:00' },
      { day: 'fri', start: '12:00', end: '12:45' },
    ])
    expect(await lessonsOf('3A')).toHaveLength(12)
  })

  it('names every problem by line and column, and writes nothing from a file with any', async () => {
    const before = await lessonsOf('3C')
    const bad = ['Luokka;Päivä;Alkaa;Päättyy', '3C;ma;8.00;9.00', '3C;maanantaina;8.00;9.00', ';ti;10:00;9:00', '3C;ke;25.00;', '3C;to;8;9'].join('\n')
    const { problems, written } = await report(bad)
    expect(written).toBe(false)
    expect(described(problems)).toEqual(['3 Päivä BAD_DAY', '4 Luokka REQUIRED', '4 Päättyy END_BEFORE_START', '5 Alkaa BAD_TIME', '5 Päättyy REQUIRED'])
    // The class is checked against the school once the cells are right.
    expect(described((await report('Luokka;Päivä;Alkaa;Päättyy\n3C;ma;8.00;9.00\n3D;ti;8.00;9.00')).problems)).toEqual(['3 Luokka UNKNOWN_CLASS'])
    expect(described((await report('luokka;alkaa;päättyy\n3C;8;9')).problems)).toEqual(['1 day MISSING_COLUMN'])
    expect(described((await report('luokka;päivä;alkaa\n3C;ma;8')).problems)).toEqual(['1 end MISSING_COLUMN'])
    const crowded = [
      'luokka;päivä;alkaa;päättyy',
      ...Array.from({ length: 61 }, (_, i) => `3C;${1 + (i % 5)};${String(7 + Math.floor(i / 5)).padStart(2, '0')}.00;${8 + Math.floor(i / 5)}.00`),
    ]
    expect(described((await report(crowded.join('\n'))).problems)).toEqual(['62 luokka TOO_MANY_LESSONS'])
    expect(await lessonsOf('3C')).toEqual(before)
  })

  it('imports once when the same file is sent twice at once', async () => {
    const file = ['luokka;päivä;alkaa;päättyy', ...['ma', 'ti', 'ke', 'to', 'pe'].map((day) => `3C;${day};8.15;9.00`)].join('\n')
    const both = await Promise.all([run(file), run(file)])
    for (const answer of both) expect(answer.errors).toBeUndefined()
    expect(both.map((a) => a.data?.importLessons.classesUpdated).sort()).toEqual([0, 1])
    expect(await lessonsOf('3C')).toHaveLength(5)
  })

  it("is for the area's coordinators and administrators only", async () => {
    expectRefused(await run(EXAMPLE, true, await api.login('teacher@mukana.test')), 'auth/forbidden')
    const admin = await api.login('admin@mukana.test')
    const { schoolId: school } = await newSchool(api, admin, 'Kannelmäen koulu', { area: { name: 'Kannelmäki' } })
    expectRefused(await api.gql(IMPORT, { i: { schoolId: school, csv: EXAMPLE, dryRun: true } }, coordinator), 'auth/forbidden')
    expect((await api.gql(IMPORT, { i: { schoolId: school, csv: EXAMPLE, dryRun: true } }, admin)).data?.importLessons.problems).toHaveLength(20)
  })
})
