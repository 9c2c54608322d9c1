/** Class-list import over HTTP on both databases, from the documented example file. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ChildEntity } from '../src/modules/people/child/child.entity'
import { UserEntity } from '../src/modules/people/user/user.entity'
import { newSchool } from './flows'
import { databaseKinds, expectRefused, startTestApi, type TestApi } from './testApi'

const EXAMPLE = readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'examples', 'class-list.csv'), 'utf8')
const IMPORT =
  'mutation ($i: ImportPupilsInput!) { importPupils(input: $i) { dryRun written rows created updated unchanged guardiansCreated problems { line column code value } } }'

describe.each(await databaseKinds())('class-list import on %s', (kind) => {
  let api: TestApi
  let coordinator: string
  let schoolId: string
  const run = (csv: string, dryRun = false, token = coordinator) => api.gql(IMPORT, { i: { schoolId, csv, dryRun } }, token)
  const report = async (csv: string, dryRun = false) => {
    const { data, errors } = await run(csv, dryRun)
    expect(errors).toBeUndefined()
    return data?.importPupils
  }
  const pupils = () => api.orm.em.fork().count(ChildEntity, { pupilKey: { $ne: null } })

  beforeAll(async () => {
    api = await startTestApi(kind)
    coordinator = await api.login('coordinator@mukana.test')
    schoolId = (await newSchool(api, coordinator, 'Mustikkamaan koulu', { classes: ['3A', '3B'] })).schoolId
  })
  afterAll(() => api.close())

  it('checks the example file in a dry run, writing nothing', async () => {
    expect(await report(EXAMPLE, true)).toEqual({
      dryRun: true,
      written: false,
      rows: 6,
      created: 6,
      updated: 0,
      unchanged: 0,
      guardiansCreated: 5,
      problems: [],
    })
    expect(await pupils()).toBe(0)
  })

  it('imports it: siblings share their guardian, twins with one name stay two, phones in international form', async () => {
    expect(await report(EXAMPLE)).toMatchObject({ written: true, created: 6, guardiansCreated: 5 })
    const em = api.orm.em.fork()
    const sanna = await em.findOneOrFail(UserEntity, { email: 'sanna.makinen@example.fi' })
    expect(sanna).toMatchObject({ role: 'guardian', phone: '+358401234567', passwordHash: null })
    const siblings = await em.find(ChildEntity, { guardians: sanna.id }, { orderBy: { firstName: 'asc' } })
    expect(siblings.map((c) => c.firstName)).toEqual(['Aada', 'Elias'])
    const twins = await em.find(ChildEntity, { firstName: 'Venla', lastName: 'Virtanen' }, { populate: ['schoolClass'] })
    expect(twins.map((c) => c.pupilKey).sort()).toEqual(['OPP-20190004', 'OPP-20190005'])
    const hamza = await em.findOneOrFail(ChildEntity, { pupilKey: 'OPP-20190003' }, { populate: ['schoolClass'] })
    expect(hamza).toMatchObject({ gender: 'boy', homeLanguages: ['so', 'fi'], schoolClass: { name: '3A' } })
  })

  it('changes nothing when the same file comes again, and updates only the changed row, keeping the pupil', async () => {
    expect(await report(EXAMPLE)).toMatchObject({ created: 0, updated: 0, unchanged: 6, guardiansCreated: 0 })
    const before = await api.orm.em.fork().findOneOrFail(ChildEntity, { pupilKey: 'OPP-20190003' })
    // Hamza moves to 3B, and a second guardian comes; the file now has English headers and commas, without a BOM.
    const changed = [
      'class,first name,last name,gender,home language,pupil key,guardian 1 name,guardian 1 email,guardian 2 name,guardian 2 email',
      '3B,Hamza,Ali,boy,"so, fi",OPP-20190003,Fadumo Ali,fadumo.ali@example.fi,Abdi Ali,abdi.ali@example.fi',
    ].join('\r\n')
    expect(await report(changed)).toMatchObject({ created: 0, updated: 1, unchanged: 0, guardiansCreated: 1 })
    const after = await api.orm.em.fork().findOneOrFail(ChildEntity, { pupilKey: 'OPP-20190003' }, { populate: ['schoolClass', 'guardians'] })
    expect(after.id).toBe(before.id)
    expect(after.schoolClass?.name).toBe('3B')
    expect(
      after.guardians
        .getItems()
        .map((g) => g.email)
        .sort(),
    ).toEqual(['abdi.ali@example.fi', 'fadumo.ali@example.fi'])
  })

  it('reads a Swedish-speaking school’s export, headers and values in Swedish', async () => {
    const swedish = [
      'Klass;Förnamn;Efternamn;Kön;Modersmål;Elevnummer;Vårdnadshavare 1 namn;Vårdnadshavare 1 e-post;Vårdnadshavare 1 telefon',
      '3B;Ebba;Holm;flicka;svenska, finska;OPP-SV1;Maria Holm;maria.holm@example.fi;050 765 4321',
    ].join('\n')
    expect(await report(swedish)).toMatchObject({ written: true, created: 1, guardiansCreated: 1, problems: [] })
    const ebba = await api.orm.em.fork().findOneOrFail(ChildEntity, { pupilKey: 'OPP-SV1' }, { populate: ['schoolClass', 'guardians'] })
    expect(ebba).toMatchObject({ gender: 'girl', homeLanguages: ['sv', 'fi'], schoolClass: { name: '3B' } })
    expect(ebba.guardians.getItems().map((g) => g.phone)).toEqual(['+358507654321'])
  })

  it('names every problem by line and column, and writes nothing from a file with any', async () => {
    const count = await pupils()
    const bad = [
      'Luokka;Etunimi;Sukunimi;Sukupuoli;Kotikieli;Oppilastunniste;Huoltaja 1 nimi;Huoltaja 1 sähköposti;Huoltaja 1 puhelin',
      '3A;Uusi;Oppilas;tyttö;fi;OPP-9;Huoltaja;uusi@example.fi;',
      '3C;Kalle;Kolmas;poika;fi;OPP-10;;;',
      '3A;;Nimetön;mies;klingon;OPP-11;Joku;ei-osoite;12345',
      '3A;Toinen;Kerta;x;fi;OPP-10;Ohjaaja;club@mukana.test;',
    ].join('\n')
    const { problems, written } = await report(bad)
    expect(written).toBe(false)
    const found = problems.map((p: { line: number; column: string; code: string }) => `${p.line} ${p.column} ${p.code}`)
    expect(found).toEqual([
      '4 Etunimi REQUIRED',
      '4 Kotikieli BAD_LANGUAGE',
      '4 Huoltaja 1 sähköposti BAD_EMAIL',
      '4 Huoltaja 1 puhelin BAD_PHONE',
      '5 Oppilastunniste DUPLICATE_KEY',
    ])
    // Problems found against the database come once the cells are right.
    const unknown =
      bad
        .split('\n')
        .filter((_, i) => i !== 3 && i !== 4)
        .join('\n') + '\n3A;Toinen;Kerta;x;fi;OPP-12;Ohjaaja;club@mukana.test;'
    expect((await report(unknown)).problems.map((p: { line: number; column: string; code: string }) => `${p.line} ${p.column} ${p.code}`)).toEqual([
      '3 Luokka UNKNOWN_CLASS',
      '4 Huoltaja 1 sähköposti NOT_A_GUARDIAN',
    ])
    expect((await report('etunimi;sukunimi\nA;B')).problems.map((p: { code: string; column: string }) => `${p.code} ${p.column}`)).toEqual([
      'MISSING_COLUMN class',
      'MISSING_COLUMN pupil key',
    ])
    expect(await pupils()).toBe(count)
  })

  it('imports once when the same file is sent twice at once', async () => {
    const file = ['luokka;etunimi;sukunimi;oppilastunniste', ...Array.from({ length: 30 }, (_, i) => `3B;Lapsi${i};Samanaikainen;OPP-S${i}`)].join('\n')
    const both = await Promise.all([run(file), run(file)])
    for (const answer of both) expect(answer.errors).toBeUndefined()
    const created = both.map((a) => a.data?.importPupils.created).sort()
    expect(created).toEqual([0, 30])
  })

  it("is for the area's coordinators and administrators only", async () => {
    expectRefused(await run(EXAMPLE, true, await api.login('teacher@mukana.test')), 'auth/forbidden')
    const admin = await api.login('admin@mukana.test')
    const { schoolId: school } = await newSchool(api, admin, 'Malmin koulu', { area: { name: 'Malmi' } })
    expectRefused(await api.gql(IMPORT, { i: { schoolId: school, csv: EXAMPLE, dryRun: true } }, coordinator), 'auth/forbidden')
  })
})
