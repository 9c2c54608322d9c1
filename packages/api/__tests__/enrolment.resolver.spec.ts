import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HobbyGroupEntity, type HobbyGroup } from '../src/modules/hobby/hobbyGroup/hobbyGroup.entity'
import { ChildEntity } from '../src/modules/people'
import { MessageEntity } from '../src/messages'
import { insertGroup, seatCount } from './flows'
import { databaseKinds, expectRefused, startTestApi, type TestApi } from './testApi'

const ENROL = 'mutation ($childId: ID!, $groupId: ID!) { enrol(childId: $childId, groupId: $groupId) { id status group { name seatsTaken } } }'
const WITHDRAW = 'mutation ($id: ID!) { withdrawEnrolment(enrolmentId: $id) { status group { seatsTaken } } }'
const CHILDREN = '{ myChildren { id firstName enrolments { status group { name } } } }'

describe.each(await databaseKinds())('enrolment on %s', (kind) => {
  let api: TestApi
  let guardian: string
  let children: Record<string, string>

  /** A group of `capacity` seats for grade 3, made directly in the database. */
  const group = (name: string, capacity: number, extra: Partial<HobbyGroup> = {}) => insertGroup(api, name, { capacity, ...extra })

  const seatsTaken = (groupId: number) => seatCount(api, groupId)

  beforeAll(async () => {
    api = await startTestApi(kind)
    guardian = await api.login('guardian@mukana.test')
    const { data } = await api.gql(CHILDREN, {}, guardian)
    children = Object.fromEntries(data?.myChildren.map((c: { id: string; firstName: string }) => [c.firstName, c.id]))
  })
  afterAll(() => api.close())

  it('lets a guardian take a free seat for their child, and shows it', async () => {
    const football = await group('Football for the twins', 10)
    const { data, errors } = await api.gql(ENROL, { childId: children.Aino, groupId: football }, guardian)
    expect(errors).toBeUndefined()
    expect(data?.enrol).toMatchObject({ status: 'ENROLLED', group: { name: 'Football for the twins', seatsTaken: 1 } })
    const aino = (await api.gql(CHILDREN, {}, guardian)).data?.myChildren.find((c: { firstName: string }) => c.firstName === 'Aino')
    expect(aino.enrolments).toEqual([{ status: 'ENROLLED', group: { name: 'Football for the twins' } }])
    expect(await seatsTaken(football)).toEqual([1, 1])
  })

  it("answers a new seat with the enrolment's own fields as the database holds them", async () => {
    const pottery = await group('Pottery', 10)
    const before = Date.now()
    const { data, errors } = await api.gql(
      'mutation ($childId: ID!, $groupId: ID!) { enrol(childId: $childId, groupId: $groupId) { id status adults createdAt group { id } } }',
      { childId: children.Eino, groupId: pottery },
      guardian,
    )
    expect(errors).toBeUndefined()
    const { data: mine } = await api.gql('{ myChildren { firstName enrolments { id status adults createdAt group { id } } } }', {}, guardian)
    const held = mine?.myChildren.find((c: { firstName: string }) => c.firstName === 'Eino').enrolments.find((e: { id: string }) => e.id === data?.enrol.id)
    expect(data?.enrol).toEqual(held)
    expect(data?.enrol).toMatchObject({ status: 'ENROLLED', adults: 0, group: { id: String(pottery) } })
    expect(Math.abs(Date.parse(data?.enrol.createdAt) - before)).toBeLessThan(60_000)
  })

  it('refuses twice the same group, another family’s child, ineligible children and nobody', async () => {
    const chess = await group('Chess', 10)
    expect((await api.gql(ENROL, { childId: children.Eino, groupId: chess }, guardian)).errors).toBeUndefined()
    expectRefused(await api.gql(ENROL, { childId: children.Eino, groupId: chess }, guardian), 'enrolment/already_enrolled')
    expectRefused(await api.gql(ENROL, { childId: '1', groupId: chess }, guardian), 'auth/forbidden')
    expectRefused(
      await api.gql(ENROL, { childId: children.Eino, groupId: await group('Ballet for girls', 10, { girlsOnly: true }) }, guardian),
      'enrolment/not_eligible',
    )
    expectRefused(
      await api.gql(ENROL, { childId: children.Aino, groupId: await group('Grade 5 robotics', 10, { grades: [5] }) }, guardian),
      'enrolment/not_eligible',
    )
    expectRefused(await api.gql(ENROL, { childId: children.Aino, groupId: '99999' }, guardian), 'not_found')
    expectRefused(await api.gql(ENROL, { childId: children.Aino, groupId: chess }), 'auth/unauthenticated')
    expectRefused(await api.gql(ENROL, { childId: children.Aino, groupId: chess }, await api.login('club@mukana.test')), 'auth/forbidden')
    expect(await seatsTaken(chess)).toEqual([1, 1])
  })

  it('says a full group is full, and a withdrawal frees the seat for the next family', async () => {
    const riding = await group('Riding, one pony', 1)
    const first = await api.gql(ENROL, { childId: children.Aino, groupId: riding }, guardian)
    expectRefused(await api.gql(ENROL, { childId: children.Eino, groupId: riding }, guardian), 'enrolment/group_full')
    const withdrawn = await api.gql(WITHDRAW, { id: first.data?.enrol.id }, guardian)
    expect(withdrawn.data?.withdrawEnrolment).toEqual({ status: 'WITHDRAWN', group: { seatsTaken: 0 } })
    expectRefused(await api.gql(WITHDRAW, { id: first.data?.enrol.id }, guardian), 'enrolment/not_enrolled')
    expect((await api.gql(ENROL, { childId: children.Eino, groupId: riding }, guardian)).errors).toBeUndefined()
    // Aino may come back once there is room again: her old row is reused.
    expectRefused(await api.gql(ENROL, { childId: children.Aino, groupId: riding }, guardian), 'enrolment/group_full')
    // Eino, who holds the last seat, is told he has it, not that the group is full.
    expectRefused(await api.gql(ENROL, { childId: children.Eino, groupId: riding }, guardian), 'enrolment/already_enrolled')
    expect(await seatsTaken(riding)).toEqual([1, 1])
  })

  it('confirms an enrolment to each of the child’s guardians, with it; a refusal queues nothing', async () => {
    const drawing = await group('Drawing', 1)
    const confirmations = async (child: string) =>
      (await api.orm.em.fork().find(MessageEntity, { kind: 'enrolmentConfirmed', childId: Number(child) })).filter((message) =>
        JSON.stringify(message.params).includes('Drawing'),
      )
    const { data } = await api.gql(ENROL, { childId: children.Aino, groupId: drawing }, guardian)
    expect(data?.enrol.status).toBe('ENROLLED')
    const aino = await api.orm.em.fork().findOneOrFail(ChildEntity, { id: Number(children.Aino) }, { populate: ['guardians'] })
    const queued = await confirmations(children.Aino)
    expect(queued.map((message) => message.recipientId).sort()).toEqual(aino.guardians.map((user) => user.id).sort())
    expect(queued[0]).toMatchObject({ status: 'queued', channel: 'email', attempts: 0, params: { child: 'Aino' } })
    expect(queued[0].notBefore.getTime()).toBeLessThanOrEqual(Date.now())
    expectRefused(await api.gql(ENROL, { childId: children.Aino, groupId: drawing }, guardian), 'enrolment/already_enrolled')
    expectRefused(await api.gql(ENROL, { childId: children.Eino, groupId: drawing }, guardian), 'enrolment/group_full')
    expect(await confirmations(children.Aino)).toHaveLength(queued.length)
    expect(await confirmations(children.Eino)).toEqual([])
  })

  it("lists the free seats a child may take: its grade's after-school groups with room, girls' groups for girls, none it is in", async () => {
    const joinable = async (name: string): Promise<string[]> =>
      (await api.gql('{ myChildren { firstName joinableGroups { id } } }', {}, guardian)).data?.myChildren
        .find((c: { firstName: string }) => c.firstName === name)
        .joinableGroups.map((g: { id: string }) => g.id)
    const open = String(await group('Open floorball', 5))
    const girls = String(await group('Floorball for girls', 5, { girlsOnly: true }))
    const full = String(await group('Full floorball', 1, { seatsTaken: 1 }))
    const older = String(await group('Floorball, grade 6', 5, { grades: [6] }))
    const schoolDay = String(await group('Floorball at school', 5, { kind: 'school-day' }))
    const aino = await joinable('Aino')
    expect(aino).toEqual(expect.arrayContaining([open, girls]))
    for (const id of [full, older, schoolDay]) expect(aino).not.toContain(id)
    expect(await joinable('Eino')).not.toContain(girls)
    await api.gql(ENROL, { childId: children.Aino, groupId: open }, guardian)
    expect(await joinable('Aino')).not.toContain(open)
  })

  it('lets a guardian take part with the child in a family group, within its adult places, and step back', async () => {
    const ADULT = 'mutation ($id: ID!, $on: Boolean!) { takePartAsAdult(enrolmentId: $id, takingPart: $on) { adults group { adultPlacesLeft } } }'
    const family = await group('Family floorball, one adult place', 10, { familyGroup: true, adultPlaces: 1 })
    const enrolled = async (child: string) => (await api.gql(ENROL, { childId: child, groupId: family }, guardian)).data?.enrol.id
    const [aino, eino] = [await enrolled(children.Aino), await enrolled(children.Eino)]
    expect((await api.gql(ADULT, { id: aino, on: true }, guardian)).data?.takePartAsAdult).toEqual({ adults: 1, group: { adultPlacesLeft: 0 } })
    // Asking again changes nothing; the one place is taken, so Eino's adult is told so.
    expect((await api.gql(ADULT, { id: aino, on: true }, guardian)).data?.takePartAsAdult).toEqual({ adults: 1, group: { adultPlacesLeft: 0 } })
    expectRefused(await api.gql(ADULT, { id: eino, on: true }, guardian), 'enrolment/adult_places_full')
    // The club's roster lists the adult with the child.
    const roster = await api.gql(
      'query ($g: ID!) { roster(groupId: $g) { child { firstName } adults } }',
      { g: String(family) },
      await api.login('club@mukana.test'),
    )
    expect(roster.data?.roster).toEqual(
      expect.arrayContaining([
        { child: { firstName: 'Aino' }, adults: 1 },
        { child: { firstName: 'Eino' }, adults: 0 },
      ]),
    )
    expect((await api.gql(ADULT, { id: aino, on: false }, guardian)).data?.takePartAsAdult).toEqual({ adults: 0, group: { adultPlacesLeft: 1 } })
    expect((await api.gql(ADULT, { id: eino, on: true }, guardian)).data?.takePartAsAdult.adults).toBe(1)
    // Withdrawing the child frees the adult's place too.
    await api.gql(WITHDRAW, { id: eino }, guardian)
    const em = api.orm.em.fork()
    expect(await em.findOneOrFail(HobbyGroupEntity, { id: family })).toMatchObject({ adultsTaken: 0, seatsTaken: 1 })
    const plain = await enrolled(children.Aino).then(
      async () => (await api.gql(ENROL, { childId: children.Eino, groupId: await group('Plain futsal', 5) }, guardian)).data?.enrol.id,
    )
    expectRefused(await api.gql(ADULT, { id: plain, on: true }, guardian), 'enrolment/not_family_group')
    expectRefused(await api.gql(ADULT, { id: aino, on: true }, await api.login('club@mukana.test')), 'auth/forbidden')
  })
})
