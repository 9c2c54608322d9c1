import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ChildEntity } from '../src/modules/people/child/child.entity'
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

  it('tells classmates of the same name apart, by the end of their pupil keys, and marks nobody else', async () => {
    const em = api.orm.em.fork()
    const [first] = await em.find(ChildEntity, { schoolClass: { $ne: null } }, { orderBy: { id: 'asc' }, limit: 1, populate: ['schoolClass.school'] })
    // Twins named alike in one class, as a class list may bring them.
    const twin = em.create(ChildEntity, {
      firstName: first.firstName,
      lastName: first.lastName,
      gender: first.gender,
      homeLanguages: ['fi'],
      district: null,
      schoolClass: first.schoolClass,
      pupilKey: 'OPP-2026-4821',
    })
    await em.flush()
    await em.nativeUpdate(ChildEntity, { id: first.id }, { pupilKey: 'OPP-2026-0007' })
    const teacher = await api.login('teacher@mukana.test')
    const { data } = await api.gql('query ($c: ID!) { pupils(classId: $c) { id firstName lastName namesake } }', { c: String(first.schoolClass!.id) }, teacher)
    const pupils = data?.pupils as { id: string; namesake: string | null }[]
    expect(pupils.find((p) => p.id === String(first.id))?.namesake).toBe('…0007')
    expect(pupils.find((p) => p.id === String(twin.id))?.namesake).toBe('…4821')
    const namesakes = pupils.filter((p) => p.namesake !== null).map((p) => p.id)
    expect(namesakes).toEqual(expect.arrayContaining([String(first.id), String(twin.id)]))
    // Others are marked only where they too share a name in the class.
    const all = await em.find(ChildEntity, { schoolClass: first.schoolClass!.id })
    const nameCount = (c: { firstName: string; lastName: string | null }) => all.filter((o) => o.firstName === c.firstName && o.lastName === c.lastName).length
    for (const pupil of all) expect(namesakes.includes(String(pupil.id))).toBe(nameCount(pupil) > 1)
  })

  it('refuses clubs and nobody', async () => {
    expectRefused(await api.gql(CLASSES, {}, tokens.club), 'auth/forbidden')
    expectRefused(await api.gql(CHILDREN, {}, tokens.club), 'auth/forbidden')
    expectRefused(await api.gql(CLASSES), 'auth/unauthenticated')
    expectRefused(await api.gql(PUPILS, { classId: '1' }), 'auth/unauthenticated')
  })
})
