import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { databaseKinds, expectRefused, startTestApi, type TestApi } from './testApi'

const CLASSES = '{ schoolClasses { id name grade school { name } lessons { day } } }'
const PUPILS = 'query ($classId: ID!) { pupils(classId: $classId) { firstName gender homeLanguages schoolClass { name } } }'
const CHILDREN = '{ myChildren { firstName lastName gender schoolClass { name school { name } } enrolments { status } } }'

describe.each(await databaseKinds())('pupils and classes on %s', (kind) => {
  let api: TestApi
  let tokens: Record<'guardian' | 'teacher' | 'coordinator' | 'club', string>
  beforeAll(async () => {
    api = await startTestApi(kind)
    tokens = {
      guardian: await api.login('guardian@mukana.test'),
      teacher: await api.login('teacher@mukana.test'),
      coordinator: await api.login('coordinator@mukana.test'),
      club: await api.login('club@mukana.test'),
    }
  })
  afterAll(() => api.close())

  it('shows a guardian their own children, and nobody else’s', async () => {
    const { data, errors } = await api.gql(CHILDREN, {}, tokens.guardian)
    expect(errors).toBeUndefined()
    expect(data?.myChildren).toEqual([
      { firstName: 'Aino', lastName: 'Huoltaja', gender: 'GIRL', schoolClass: { name: '3A', school: { name: 'Kontulan ala-aste' } }, enrolments: [] },
      { firstName: 'Eino', lastName: 'Huoltaja', gender: 'BOY', schoolClass: { name: '3B', school: { name: 'Kontulan ala-aste' } }, enrolments: [] },
    ])
    expectRefused(await api.gql(PUPILS, { classId: '1' }, tokens.guardian), 'auth/forbidden')
    expectRefused(await api.gql(CLASSES, {}, tokens.guardian), 'auth/forbidden')
  })

  it('shows a teacher their school’s classes and pupils, and refuses other schools', async () => {
    const { data } = await api.gql(CLASSES, {}, tokens.teacher)
    expect(data?.schoolClasses.map((c: { name: string; school: { name: string } }) => `${c.school.name} ${c.name}`)).toEqual([
      'Kontulan ala-aste 3A',
      'Kontulan ala-aste 3B',
    ])
    expect(data?.schoolClasses[0].lessons).toHaveLength(28)
    const pupils = await api.gql(PUPILS, { classId: data?.schoolClasses[0].id }, tokens.teacher)
    expect(pupils.data?.pupils).toHaveLength(29) // 28 and Aino
    expect(pupils.data?.pupils.every((p: { schoolClass: { name: string } }) => p.schoolClass.name === '3A')).toBe(true)
    const keinutie = (await api.gql(CLASSES, {}, tokens.coordinator)).data?.schoolClasses.find(
      (c: { school: { name: string } }) => c.school.name === 'Keinutien ala-aste',
    )
    expectRefused(await api.gql(PUPILS, { classId: keinutie.id }, tokens.teacher), 'auth/forbidden')
  })

  it('shows a coordinator the classes of their area only', async () => {
    const { data } = await api.gql(CLASSES, {}, tokens.coordinator)
    expect(data?.schoolClasses.map((c: { school: { name: string } }) => c.school.name)).toEqual([
      'Keinutien ala-aste',
      'Keinutien ala-aste',
      'Keinutien ala-aste',
      'Kontulan ala-aste',
      'Kontulan ala-aste',
    ])
    const languages = new Set<string>()
    for (const schoolClass of data?.schoolClasses ?? []) {
      for (const pupil of (await api.gql(PUPILS, { classId: schoolClass.id }, tokens.coordinator)).data?.pupils ?? []) languages.add(pupil.homeLanguages[0])
    }
    expect(languages.size).toBeGreaterThan(4)
  })

  it('refuses clubs and nobody', async () => {
    expectRefused(await api.gql(CLASSES, {}, tokens.club), 'auth/forbidden')
    expectRefused(await api.gql(CHILDREN, {}, tokens.club), 'auth/forbidden')
    expectRefused(await api.gql(CLASSES), 'auth/unauthenticated')
    expectRefused(await api.gql(PUPILS, { classId: '1' }), 'auth/unauthenticated')
  })
})
