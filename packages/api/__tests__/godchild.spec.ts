import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { databaseKinds, expectRefused, startTestApi, type TestApi } from './testApi'

const CREATE_FIELD = 'mutation ($i: CreateArtFieldInput!) { createArtField(input: $i) { id code } }'
const CREATE_INSTITUTION = 'mutation ($i: CreateInstitutionInput!) { createInstitution(input: $i) { id field { code } } }'
const CREATE_COHORT = 'mutation ($i: CreateCohortInput!) { createCohort(input: $i) { id birthYear sponsor } }'
const CREATE_TRACK = 'mutation ($i: CreateTrackInput!) { createTrack(input: $i) { id capacity languages field { code } institution { name } } }'
const REGISTER = 'mutation ($i: RegisterGodchildInput!) { registerGodchild(input: $i) { id firstName track { id institution { name } } } }'
const ASSIGN = 'mutation ($c: ID!, $s: Int!) { assignTracks(cohortId: $c, seed: $s) { placed unplaced cohort { assignedAt } } }'
const MINE = '{ myGodchildren { id firstName track { id field { code } languages } } }'

describe.each(await databaseKinds())('culture godchildren on %s', (kind) => {
  let api: TestApi
  let coordinator: string
  let guardian: string
  const field: Record<string, string> = {}
  const institution: Record<string, string> = {}

  const child = (overrides: Record<string, unknown> = {}) => ({
    firstName: 'Venla',
    birthYear: 2024,
    district: 'Kontula',
    homeLanguages: ['fi'],
    fieldRanking: [],
    ...overrides,
  })
  async function cohort(birthYear: number, tracks: Record<string, unknown>[]): Promise<{ cohortId: string; trackIds: string[] }> {
    const created = await api.gql(CREATE_COHORT, { i: { birthYear, sponsor: 'Helsinki Philharmonic Orchestra' } }, coordinator)
    expect(created.errors).toBeUndefined()
    const cohortId = created.data?.createCohort.id
    const trackIds: string[] = []
    for (const track of tracks) {
      const made = await api.gql(CREATE_TRACK, { i: { cohortId, languages: ['fi', 'sv', 'en'], ...track } }, coordinator)
      expect(made.errors).toBeUndefined()
      trackIds.push(made.data?.createTrack.id)
    }
    return { cohortId, trackIds }
  }
  async function register(overrides: Record<string, unknown>, token = guardian) {
    const response = await api.gql(REGISTER, { i: child(overrides) }, token)
    expect(response.errors).toBeUndefined()
    return response.data?.registerGodchild as { id: string; track: { id: string } | null }
  }

  beforeAll(async () => {
    api = await startTestApi(kind)
    coordinator = await api.login('coordinator@mukana.test')
    guardian = await api.login('guardian@mukana.test')
    // The programme's seven fields and the demo institutions are there from the start.
    for (const f of (await api.gql('{ artFields { id code } }')).data?.artFields ?? []) field[f.code] = f.id
    for (const i of (await api.gql('{ institutions { id name } }')).data?.institutions ?? []) institution[i.name] = i.id
    expect(Object.keys(field)).toHaveLength(7)
    institution['Kaupunginteatteri'] = institution['Helsingin Kaupunginteatteri']
    const added = await api.gql(CREATE_INSTITUTION, { i: { name: 'Tanssiteatteri Hurjaruuth', fieldId: field['dance-circus'] } }, coordinator)
    expect(added.data?.createInstitution).toMatchObject({ field: { code: 'dance-circus' } })
    // The fields are editable: renamed, the field keeps its code and its tracks.
    const renamed = await api.gql(
      'mutation ($f: ID!) { renameArtField(fieldId: $f, name: { fi: "Tanssi, sirkus ja esitys", sv: "Dans, cirkus", en: " " }) { code name { fi } } }',
      { f: field['dance-circus'] },
      coordinator,
    )
    expectRefused(renamed, 'input/invalid', ['name.en'])
    const ok = await api.gql(
      'mutation ($f: ID!) { renameArtField(fieldId: $f, name: { fi: "Tanssi, sirkus ja esitys", sv: "Dans, cirkus", en: "Dance, circus" }) { code name { fi } } }',
      { f: field['dance-circus'] },
      coordinator,
    )
    expect(ok.data?.renameArtField).toEqual({ code: 'dance-circus', name: { fi: 'Tanssi, sirkus ja esitys' } })
  })
  afterAll(() => api.close())

  it('lets only coordinators define fields, institutions, cohorts and tracks, naming every bad field', async () => {
    for (const email of ['guardian@mukana.test', 'club@mukana.test', 'teacher@mukana.test']) {
      expectRefused(await api.gql(CREATE_COHORT, { i: { birthYear: 2019, sponsor: 'x' } }, await api.login(email)), 'auth/forbidden')
    }
    expectRefused(
      await api.gql(CREATE_FIELD, { i: { code: 'puppetry', name: { fi: 'Nukketeatteri', sv: 'Dockteater', en: 'Puppetry' } } }),
      'auth/unauthenticated',
    )
    expect(
      (await api.gql(CREATE_FIELD, { i: { code: 'puppetry', name: { fi: 'Nukketeatteri', sv: 'Dockteater', en: 'Puppetry' } } }, coordinator)).data
        ?.createArtField.code,
    ).toBe('puppetry')
    expectRefused(await api.gql(CREATE_FIELD, { i: { code: 'Music!', name: { fi: ' ', sv: 'Musik', en: 'Music' } } }, coordinator), 'input/invalid', [
      'code',
      'name.fi',
    ])
    expectRefused(await api.gql(CREATE_FIELD, { i: { code: 'music', name: { fi: 'M', sv: 'M', en: 'M' } } }, coordinator), 'input/invalid', ['code'])
    expectRefused(await api.gql(CREATE_COHORT, { i: { birthYear: 1990, sponsor: ' ' } }, coordinator), 'input/invalid', ['birthYear', 'sponsor'])
    const { cohortId } = await cohort(2019, [])
    expectRefused(
      await api.gql(
        CREATE_TRACK,
        { i: { cohortId, institutionId: '999', capacity: 0, languages: ['de'], reservedDistricts: ['Espoo'], reservedSeats: 3 } },
        coordinator,
      ),
      'input/invalid',
      ['institutionId', 'capacity', 'languages[0]', 'reservedDistricts[0]', 'reservedSeats'],
    )
    expect((await api.gql('query ($c: ID!) { tracks(cohortId: $c) { id } }', { c: cohortId })).data?.tracks).toEqual([])
  })

  it('registers a child born in a covered year and living in the city; refuses others, saying why', async () => {
    await cohort(2018, [{ institutionId: institution['Helsingin kaupunginorkesteri'], capacity: 5 }])
    const venla = await register({ birthYear: 2018 })
    expect(venla.track).toBeNull() // not assigned yet
    expectRefused(await api.gql(REGISTER, { i: child({ birthYear: 2010 }) }, guardian), 'godchild/not_eligible')
    expectRefused(await api.gql(REGISTER, { i: child({ birthYear: 2018, district: 'Espoo' }) }, guardian), 'godchild/not_eligible')
    expectRefused(
      await api.gql(
        REGISTER,
        { i: child({ birthYear: 2018, firstName: ' ', homeLanguages: ['Finnish'], fieldRanking: [field.music, field.music, '999'] }) },
        guardian,
      ),
      'input/invalid',
      ['firstName', 'homeLanguages[0]', 'fieldRanking[1]', 'fieldRanking[2]'],
    )
    for (const email of ['club@mukana.test', 'teacher@mukana.test', 'coordinator@mukana.test'])
      expectRefused(await api.gql(REGISTER, { i: child() }, await api.login(email)), 'auth/forbidden')
    expect((await api.gql(MINE, {}, guardian)).data?.myGodchildren.map((c: { firstName: string }) => c.firstName)).toEqual(['Venla'])
    expectRefused(await api.gql(MINE, {}, await api.login('teacher@mukana.test')), 'auth/forbidden')
  })

  it("assigns the cohort by the families' wishes and languages, within capacity, and keeps placed children where they are", async () => {
    const { cohortId, trackIds } = await cohort(2017, [
      { institutionId: institution['Helsingin kaupunginorkesteri'], capacity: 3 },
      { institutionId: institution['Svenska Teatern'], capacity: 3, languages: ['sv'] },
      { institutionId: institution['Kaupunginteatteri'], capacity: 3, languages: ['fi'] },
    ])
    const [orchestra, svenska, theatre] = trackIds
    const swedish = await register({ birthYear: 2017, firstName: 'Elsa', homeLanguages: ['sv'], fieldRanking: [field.theatre] })
    const somali = await register({ birthYear: 2017, firstName: 'Hodan', homeLanguages: ['so'], fieldRanking: [field.theatre] })
    const musical = []
    for (let i = 0; i < 5; i++) musical.push(await register({ birthYear: 2017, firstName: `Aaro${i}`, fieldRanking: [field.music] }))
    const { data, errors } = await api.gql(ASSIGN, { c: cohortId, s: 7 }, coordinator)
    expect(errors).toBeUndefined()
    expect(data?.assignTracks).toMatchObject({ placed: 7, unplaced: 0 })
    const placed = new Map<string, string>(
      (await api.gql(MINE, {}, guardian)).data?.myGodchildren
        .filter((c: { track: unknown }) => c.track)
        .map((c: { id: string; track: { id: string } }) => [c.id, c.track.id]),
    )
    expect(placed.get(swedish.id)).toBe(svenska) // theatre in Swedish
    expect(placed.get(somali.id)).toBe(theatre) // Finnish service when no home language is fi, sv or en
    const inOrchestra = musical.filter((c) => placed.get(c.id) === orchestra)
    expect(inOrchestra).toHaveLength(3) // the orchestra's three seats; the other two get a track that fits
    expect(musical.filter((c) => placed.get(c.id) === theatre)).toHaveLength(2)
    const tracks = (await api.gql('query ($c: ID!) { tracks(cohortId: $c) { id seatsTaken capacity } }', { c: cohortId })).data?.tracks
    expect(tracks.map((t: { seatsTaken: number }) => t.seatsTaken)).toEqual([3, 1, 3])
    // Assigning again moves nobody.
    expect((await api.gql(ASSIGN, { c: cohortId, s: 99 }, coordinator)).data?.assignTracks).toMatchObject({ placed: 0, unplaced: 0 })
    const again = new Map(
      (await api.gql(MINE, {}, guardian)).data?.myGodchildren
        .filter((c: { track: unknown }) => c.track)
        .map((c: { id: string; track: { id: string } }) => [c.id, c.track.id]),
    )
    expect(again).toEqual(placed)
  })

  it("holds a track's reserved seats for its targeted districts, whatever the lottery", async () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const { cohortId, trackIds } = await cohort(2000 + seed, [
        { institutionId: institution['Helsingin kaupunginorkesteri'], capacity: 1, reservedDistricts: ['Kontula'], reservedSeats: 1 },
      ])
      const outsider = await register({ birthYear: 2000 + seed, district: 'Kallio', firstName: 'Kallio', fieldRanking: [field.music] })
      const kontula = await register({ birthYear: 2000 + seed, district: 'Kontula', firstName: 'Kontula', fieldRanking: [field.music] })
      expect((await api.gql(ASSIGN, { c: cohortId, s: seed }, coordinator)).data?.assignTracks).toMatchObject({ placed: 1, unplaced: 1 })
      const mine = (await api.gql(MINE, {}, guardian)).data?.myGodchildren as { id: string; track: { id: string } | null }[]
      expect(mine.find((c) => c.id === kontula.id)?.track?.id).toBe(trackIds[0])
      expect(mine.find((c) => c.id === outsider.id)?.track).toBeNull()
    }
  })

  it('places a child registering after the assignment at once, in the best track with room, or lets it wait', async () => {
    const { cohortId, trackIds } = await cohort(2016, [
      { institutionId: institution['Kaupunginteatteri'], capacity: 1, languages: ['fi'] },
      { institutionId: institution['Helsingin kaupunginorkesteri'], capacity: 1 },
    ])
    await api.gql(ASSIGN, { c: cohortId, s: 1 }, coordinator)
    const first = await register({ birthYear: 2016, fieldRanking: [field.theatre] })
    expect(first.track?.id).toBe(trackIds[0])
    const second = await register({ birthYear: 2016, fieldRanking: [field.theatre] })
    expect(second.track?.id).toBe(trackIds[1]) // theatre is full: the other field, rather than none
    const third = await register({ birthYear: 2016, fieldRanking: [field.theatre] })
    expect(third.track).toBeNull()
  })

  it('keeps a child on its track unless the family asks to move, and moves only where there is room', async () => {
    const { cohortId, trackIds } = await cohort(2014, [
      { institutionId: institution['Helsingin kaupunginorkesteri'], capacity: 2 },
      { institutionId: institution['Kaupunginteatteri'], capacity: 1, languages: ['fi'] },
    ])
    const [orchestra, theatre] = trackIds
    const a = await register({ birthYear: 2014, firstName: 'Ilona', fieldRanking: [field.music] })
    const b = await register({ birthYear: 2014, firstName: 'Iiris', fieldRanking: [field.music] })
    await api.gql(ASSIGN, { c: cohortId, s: 3 }, coordinator)
    const MOVE = 'mutation ($c: ID!, $f: [ID!]!) { moveTrack(childId: $c, fieldRanking: $f) { track { id } } }'
    const moved = await api.gql(MOVE, { c: a.id, f: [field.theatre] }, guardian)
    expect(moved.data?.moveTrack.track.id).toBe(theatre)
    expectRefused(await api.gql(MOVE, { c: b.id, f: [field.theatre] }, guardian), 'track/full') // the theatre's one seat is taken
    expectRefused(await api.gql(MOVE, { c: b.id, f: [field.theatre] }, await api.login('teacher@mukana.test')), 'auth/forbidden')
    const tracks = (await api.gql('query ($c: ID!) { tracks(cohortId: $c) { id seatsTaken } }', { c: cohortId })).data?.tracks
    expect(tracks).toEqual([
      { id: orchestra, seatsTaken: 1 },
      { id: theatre, seatsTaken: 1 },
    ])
  })

  it('never overfills a track when many families register at the same moment', async () => {
    const { cohortId } = await cohort(2015, [
      { institutionId: institution['Kaupunginteatteri'], capacity: 4, languages: ['fi'] },
      { institutionId: institution['Helsingin kaupunginorkesteri'], capacity: 6 },
    ])
    await api.gql(ASSIGN, { c: cohortId, s: 1 }, coordinator)
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => api.gql(REGISTER, { i: child({ birthYear: 2015, firstName: `Lapsi${i}` }) }, guardian)),
    )
    expect(results.filter((r) => r.errors)).toEqual([])
    const placed = results.filter((r) => r.data?.registerGodchild.track)
    expect(placed).toHaveLength(10)
    const tracks = (await api.gql('query ($c: ID!) { tracks(cohortId: $c) { seatsTaken capacity } }', { c: cohortId })).data?.tracks
    expect(tracks).toEqual([
      { seatsTaken: 4, capacity: 4 },
      { seatsTaken: 6, capacity: 6 },
    ])
    const mine = (await api.gql(MINE, {}, guardian)).data?.myGodchildren.filter(
      (c: { firstName: string; track: unknown }) => c.firstName.startsWith('Lapsi') && c.track,
    )
    expect(mine).toHaveLength(10)
  })
})
