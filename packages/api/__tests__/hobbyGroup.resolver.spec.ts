import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { insertGroup } from './flows'
import { MessageEntity } from '../src/messages/index'
import { databaseKinds, expectRefused, startTestApi, type TestApi } from './testApi'
import { DEMO_TERM } from '../src/seed/seedKontula'

const CATALOGUE = `query ($filter: HobbyGroupFilter) {
  hobbyGroups(filter: $filter) { name kind girlsReservedSeats sessions { day start end } club { name } school { name area { name } } }
}`

const CREATE = `mutation ($input: CreateHobbyGroupInput!) {
  createHobbyGroup(input: $input) { id name capacity girlsReservedSeats kind sessions { day start end } club { name } school { name } }
}`

const UPDATE = `mutation ($id: ID!, $input: CreateHobbyGroupInput!) {
  updateHobbyGroup(groupId: $id, input: $input) { id name capacity girlsReservedSeats seatsTaken school { name } }
}`

const futsal = (overrides: Record<string, unknown> = {}) => ({
  clubId: '1',
  schoolId: '2',
  name: 'Futsal',
  activity: 'football',
  capacity: 14,
  girlsReservedSeats: 6,
  grades: [3, 4],
  kind: 'AFTER_SCHOOL',
  term: DEMO_TERM,
  sessions: [{ day: 'FRI', start: '14:15', end: '15:15' }],
  ...overrides,
})

describe.each(await databaseKinds())('hobby groups on %s', (kind) => {
  let api: TestApi
  beforeAll(async () => {
    api = await startTestApi(kind)
  })
  afterAll(() => api.close())

  it('lists the public catalogue, with clubs, schools and areas, to anybody', async () => {
    const { data, errors } = await api.gql(CATALOGUE)
    expect(errors).toBeUndefined()
    expect(data?.hobbyGroups).toHaveLength(25)
    expect(data?.hobbyGroups).toContainEqual({
      name: 'Jalkapallo, 3.–4. lk',
      kind: 'AFTER_SCHOOL',
      girlsReservedSeats: 6,
      sessions: [
        { day: 'MON', start: '14:15', end: '15:15' },
        { day: 'WED', start: '14:15', end: '15:15' },
      ],
      club: { name: 'Kontulan Kisa' },
      school: { name: 'Kontulan ala-aste', area: { name: 'Kontula' } },
    })
  })

  it('filters by area and loads related records in batches, not one query per group', async () => {
    api.queries.length = 0
    const { data } = await api.gql(CATALOGUE, { filter: { areaId: '2' } })
    expect(data?.hobbyGroups.map((g: { name: string }) => g.name)).toEqual(['Koripallo', 'Kuvataide', 'Luontoretkeilijät', 'Parkour', 'Robotiikka'])
    expect(data?.hobbyGroups.every((g: { school: { area: { name: string } } }) => g.school.area.name === 'Mellunmäki')).toBe(true)
    // groups, clubs, schools, areas: one query each
    expect(api.queries.filter((sql) => /select/i.test(sql))).toHaveLength(4)
  })

  it('lets club staff publish a group of their own club', async () => {
    const token = await api.login('club@mukana.test')
    const { data, errors } = await api.gql(CREATE, { input: futsal() }, token)
    expect(errors).toBeUndefined()
    expect(data?.createHobbyGroup).toMatchObject({
      name: 'Futsal',
      capacity: 14,
      girlsReservedSeats: 6,
      kind: 'AFTER_SCHOOL',
      sessions: [{ day: 'FRI', start: '14:15', end: '15:15' }],
      club: { name: 'Kontulan Kisa' },
      school: { name: 'Keinutien ala-aste' },
    })
    const again = await api.gql('query ($id: ID!) { hobbyGroup(id: $id) { name } }', { id: data?.createHobbyGroup.id })
    expect(again.data?.hobbyGroup).toEqual({ name: 'Futsal' })
  })

  it('refuses anybody else: nobody logged in, a guardian, a teacher, a coordinator, another club', async () => {
    expectRefused(await api.gql(CREATE, { input: futsal() }), 'auth/unauthenticated')
    for (const email of ['guardian@mukana.test', 'teacher@mukana.test', 'coordinator@mukana.test']) {
      expectRefused(await api.gql(CREATE, { input: futsal() }, await api.login(email)), 'auth/forbidden')
    }
    const club = await api.login('club@mukana.test')
    expectRefused(await api.gql(CREATE, { input: futsal({ clubId: '2' }) }, club), 'auth/forbidden')
    expectRefused(await api.gql(CREATE, { input: futsal() }, 'not-a-token'), 'auth/unauthenticated')
  })

  it('refuses bad input naming every field at fault, and stores nothing', async () => {
    const token = await api.login('club@mukana.test')
    const before = (await api.gql(CATALOGUE)).data?.hobbyGroups.length
    const response = await api.gql(
      CREATE,
      {
        input: futsal({
          name: ' ',
          activity: 'Foot Ball',
          capacity: 10,
          girlsReservedSeats: 11,
          grades: [3, 12],
          term: 'autumn',
          sessions: [
            { day: 'MON', start: '15:00', end: '14:00' },
            { day: 'TUE', start: '25:00', end: '26:00' },
          ],
        }),
      },
      token,
    )
    expectRefused(response, 'input/invalid', [
      'name',
      'activity',
      'girlsReservedSeats',
      'grades[1]',
      'term',
      'sessions[0].end',
      'sessions[1].start',
      'sessions[1].end',
    ])
    // Each issue names a stable rule with its limits, which the web app words in the user's language.
    expect(response.errors?.[0].extensions?.issues).toContainEqual(
      expect.objectContaining({ field: 'girlsReservedSeats', rule: 'range', params: { min: 0, max: 10, got: 11 } }),
    )
    expect(response.errors?.[0].extensions?.issues).toContainEqual(expect.objectContaining({ field: 'sessions[0].end', rule: 'after' }))
    const negative = await api.gql(CREATE, { input: futsal({ capacity: -5 }) }, token)
    expect(negative.errors?.[0].extensions?.issues).toEqual([
      { field: 'capacity', rule: 'range', params: { min: 1, max: 500, got: -5 }, message: 'must be 1–500, got -5' },
    ])
    expectRefused(await api.gql(CREATE, { input: futsal({ schoolId: '999' }) }, token), 'input/invalid', ['schoolId'])
    // Families must know where to go: a group away from a school names its place.
    expectRefused(await api.gql(CREATE, { input: futsal({ schoolId: null, venue: ' ' }) }, token), 'input/invalid', ['venue'])
    expect((await api.gql(CATALOGUE)).data?.hobbyGroups.length).toBe(before)
  })

  it('lets club staff change their own group, never below the seats already taken', async () => {
    const club = await api.login('club@mukana.test')
    const groupId = String(await insertGroup(api, 'Floorball', { seatsTaken: 9 }))
    const changed = await api.gql(UPDATE, { id: groupId, input: futsal({ name: 'Futsal, Fridays', capacity: 9, girlsReservedSeats: 3 }) }, club)
    expect(changed.errors).toBeUndefined()
    expect(changed.data?.updateHobbyGroup).toMatchObject({
      id: groupId,
      name: 'Futsal, Fridays',
      capacity: 9,
      girlsReservedSeats: 3,
      seatsTaken: 9,
      school: { name: 'Keinutien ala-aste' },
    })
    expectRefused(await api.gql(UPDATE, { id: groupId, input: futsal({ capacity: 8, girlsReservedSeats: 0 }) }, club), 'input/invalid', ['capacity'])
    expectRefused(await api.gql(UPDATE, { id: groupId, input: futsal({ clubId: '2' }) }, club), 'input/invalid', ['clubId'])
    expectRefused(await api.gql(UPDATE, { id: groupId, input: futsal({ term: 'soon' }) }, club), 'input/invalid', ['term'])
    expectRefused(await api.gql(UPDATE, { id: '9999', input: futsal() }, club), 'not_found')
    // Nothing of the refused changes was stored.
    const stored = await api.gql('query ($id: ID!) { hobbyGroup(id: $id) { name capacity term } }', { id: groupId })
    expect(stored.data?.hobbyGroup).toEqual({ name: 'Futsal, Fridays', capacity: 9, term: DEMO_TERM })
  })

  it('keeps the name and description in Swedish and English when the club gives them; other readers see the Finnish', async () => {
    const club = await api.login('club@mukana.test')
    const NAMES = 'mutation ($input: CreateHobbyGroupInput!) { createHobbyGroup(input: $input) { id names { fi sv en } descriptions { fi sv en } } }'
    const input = futsal({
      name: 'Sählyä kaikille',
      description: 'Mailat saa lainaksi.',
      nameSv: ' Innebandy för alla ',
      nameEn: '',
      descriptionEn: 'Sticks to borrow.',
    })
    const { data, errors } = await api.gql(NAMES, { input }, club)
    expect(errors).toBeUndefined()
    expect(data?.createHobbyGroup.names).toEqual({ fi: 'Sählyä kaikille', sv: 'Innebandy för alla', en: null })
    expect(data?.createHobbyGroup.descriptions).toEqual({ fi: 'Mailat saa lainaksi.', sv: null, en: 'Sticks to borrow.' })
    expectRefused(await api.gql(NAMES, { input: futsal({ nameEn: 'x'.repeat(121) }) }, club), 'input/invalid', ['nameEn'])
  })

  it('tells the families of enrolled children when their group moves to another time or place, and only then', async () => {
    const club = await api.login('club@mukana.test')
    const guardian = await api.login('guardian@mukana.test')
    const input = futsal({ name: 'Futsal, moving', schoolId: null, venue: 'Kontulan liikuntahalli', girlsReservedSeats: 0, grades: [3] })
    const groupId = (await api.gql(CREATE, { input }, club)).data?.createHobbyGroup.id
    const { data } = await api.gql('{ myChildren { id firstName } }', {}, guardian)
    const aino = data?.myChildren.find((c: { firstName: string }) => c.firstName === 'Aino').id
    const enrolled = await api.gql('mutation ($c: ID!, $g: ID!) { enrol(childId: $c, groupId: $g) { status } }', { c: aino, g: groupId }, guardian)
    expect(enrolled.errors).toBeUndefined()
    const told = () =>
      api.orm.em.fork().find(MessageEntity, { kind: 'sessionsChanged', key: { $like: `sessionsChanged:${groupId}:%` } }, { orderBy: { id: 'asc' } })
    // A new name or seat count changes nobody's calendar.
    expect((await api.gql(UPDATE, { id: groupId, input: { ...input, name: 'Futsal, renamed', capacity: 15 } }, club)).errors).toBeUndefined()
    expect(await told()).toEqual([])
    const moved = { ...input, name: 'Futsal, renamed', capacity: 15, sessions: [{ day: 'TUE', start: '16:00', end: '17:00' }] }
    expect((await api.gql(UPDATE, { id: groupId, input: moved }, club)).errors).toBeUndefined()
    const messages = await told()
    expect(messages.length).toBeGreaterThan(0)
    expect(new Set(messages.map((m) => m.childId))).toEqual(new Set([Number(aino)]))
    expect(messages[0]!.params).toMatchObject({ child: 'Aino', sessions: [{ day: 'tue', start: '16:00', end: '17:00' }], place: 'Kontulan liikuntahalli' })
    // A new place is news too.
    expect((await api.gql(UPDATE, { id: groupId, input: { ...moved, venue: 'Kontulan kenttä' } }, club)).errors).toBeUndefined()
    expect((await told()).length).toBe(messages.length * 2)
    // A second weekly session is news; the same two listed the other way round are not.
    const twice = [
      { day: 'TUE', start: '16:00', end: '17:00' },
      { day: 'THU', start: '16:00', end: '17:00' },
    ]
    expect((await api.gql(UPDATE, { id: groupId, input: { ...moved, venue: 'Kontulan kenttä', sessions: twice } }, club)).errors).toBeUndefined()
    expect((await told()).length).toBe(messages.length * 3)
    expect((await api.gql(UPDATE, { id: groupId, input: { ...moved, venue: 'Kontulan kenttä', sessions: [...twice].reverse() } }, club)).errors).toBeUndefined()
    expect((await told()).length).toBe(messages.length * 3)
  })

  it("refuses changes to a group by anybody but its club's staff", async () => {
    const groupId = String(await insertGroup(api, 'Judo'))
    expectRefused(await api.gql(UPDATE, { id: groupId, input: futsal() }), 'auth/unauthenticated')
    for (const email of ['guardian@mukana.test', 'teacher@mukana.test', 'coordinator@mukana.test']) {
      expectRefused(await api.gql(UPDATE, { id: groupId, input: futsal() }, await api.login(email)), 'auth/forbidden')
    }
    const otherClub = String(await insertGroup(api, 'Other club’s judo', { clubId: 2 }))
    expectRefused(await api.gql(UPDATE, { id: otherClub, input: futsal({ clubId: '2' }) }, await api.login('club@mukana.test')), 'auth/forbidden')
  })

  it('serves the activity catalogue in Finnish, Swedish and English, and publishes only its activities', async () => {
    const { data } = await api.gql('{ activities { code name { fi sv en } } }')
    expect(data?.activities).toHaveLength(20)
    expect(data?.activities).toContainEqual({ code: 'visual-arts', name: { fi: 'Kuvataide', sv: 'Bildkonst', en: 'Visual arts' } })
    const token = await api.login('club@mukana.test')
    expectRefused(await api.gql(CREATE, { input: futsal({ activity: 'quidditch' }) }, token), 'input/invalid', ['activity'])
  })

  it('answers malformed requests with GraphQL’s own codes and never leaks internals', async () => {
    const unknownField = await api.gql('{ hobbyGroups { nope } }')
    expect(unknownField.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED')
    const token = await api.login('club@mukana.test')
    const badEnum = await api.gql(CREATE, { input: futsal({ kind: 'SOMETIMES' }) }, token)
    expect(JSON.stringify(badEnum)).not.toMatch(/stacktrace|\.ts:\d/)
    // A variable GraphQL itself cannot read is refused like the services' own checks: at its field, with a rule.
    expect(badEnum.errors?.[0].extensions).toMatchObject({ code: 'input/invalid', issues: [{ field: 'kind', rule: 'one_of' }] })
    expect((await api.gql(CREATE, { input: futsal({ capacity: 'many' }) }, token)).errors?.[0].extensions).toMatchObject({
      code: 'input/invalid',
      issues: [{ field: 'capacity', rule: 'number' }],
    })
    expect((await api.gql(CREATE, { input: futsal({ sessions: [{ day: 'MON', start: '14:00' }] }) }, token)).errors?.[0].extensions).toMatchObject({
      code: 'input/invalid',
      issues: [{ field: 'sessions[0].end', rule: 'required' }],
    })
    expect((await api.gql(UPDATE, { id: null, input: futsal() }, token)).errors?.[0].extensions).toMatchObject({
      code: 'input/invalid',
      issues: [{ field: 'id', rule: 'required' }],
    })
  })
})
