/**
 * Enrolment under simultaneous requests, once per database in a file of its own (it is the slowest part of
 * the enrolment specs, and runs beside the others): no seat is ever given twice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '@mukana/api'
import { ChildEntity } from '../src/modules/people/child/child.entity'
import { SchoolClassEntity } from '../src/modules/people/schoolClass/schoolClass.entity'
import { hashPassword } from '../src/modules/people/user/passwords'
import { UserEntity } from '../src/modules/people/user/user.entity'
import { insertGroup, seatCount } from './flows'
import { EnrolmentEntity } from '../src/modules/hobby/enrolment/enrolment.entity'
import { HobbyGroupEntity } from '../src/modules/hobby/hobbyGroup/hobbyGroup.entity'
import { databaseKinds, startTestApi, type GraphQLResponse, type TestApi } from './testApi'
import { DEMO_TERM } from '../src/seed/seedKontula'

const ENROL = 'mutation ($childId: ID!, $groupId: ID!) { enrol(childId: $childId, groupId: $groupId) { id status group { name seatsTaken } } }'

describe.each(await databaseKinds())('simultaneous enrolments on %s', (kind) => {
  let api: TestApi
  let guardian: string
  let children: Record<string, string>

  const group = (name: string, capacity: number) => insertGroup(api, name, { capacity })
  const seatsTaken = (groupId: number) => seatCount(api, groupId)

  beforeAll(async () => {
    api = await startTestApi(kind)
    guardian = await api.login('guardian@mukana.test')
    const { data } = await api.gql('{ myChildren { id firstName } }', {}, guardian)
    children = Object.fromEntries(data?.myChildren.map((c: { id: string; firstName: string }) => [c.firstName, c.id]))
  })
  afterAll(() => api.close())

  /** A guardian account with `count` children in class 1 (named `${lastName} 0`, …), for many requests at once. */
  async function guardianOfMany(email: string, lastName: string, count: number, gender: 'girl' | 'boy') {
    const em = api.orm.em.fork()
    const guardian = em.create(UserEntity, {
      email,
      name: lastName,
      passwordHash: await hashPassword(DEMO_PASSWORD),
      role: 'guardian',
      club: null,
      school: null,
      area: null,
    })
    const schoolClass = await em.findOneOrFail(SchoolClassEntity, { id: 1 })
    const children = Array.from({ length: count }, (_, i) => {
      const child = em.create(ChildEntity, { firstName: `Child ${i}`, lastName, gender, homeLanguages: ['fi'], schoolClass })
      child.guardians.add(guardian)
      return child
    })
    await em.flush()
    return children
  }

  it('never overbooks: 500 simultaneous requests for 20 seats give exactly 20 enrolments', async () => {
    const pupils = await guardianOfMany('rush@mukana.test', 'Rush', 500, 'girl')
    const popular = await group('Popular climbing', 20)
    const token = await api.login('rush@mukana.test')
    const responses: GraphQLResponse[] = await Promise.all(pupils.map((pupil) => api.gql(ENROL, { childId: String(pupil.id), groupId: popular }, token)))
    const codes = responses.map((r) => r.errors?.[0]?.extensions?.code ?? 'ok')
    expect(codes.filter((code) => code === 'ok')).toHaveLength(20)
    expect(codes.filter((code) => code === 'enrolment/group_full')).toHaveLength(480)
    expect(await seatsTaken(popular)).toEqual([20, 20])
  })

  it('keeps each family to its own children when many enrol at once (their reads share statements)', async () => {
    const [ahos, bergs] = [await guardianOfMany('aho@mukana.test', 'Aho', 15, 'girl'), await guardianOfMany('berg@mukana.test', 'Berg', 15, 'boy')]
    const [aho, berg] = [await api.login('aho@mukana.test'), await api.login('berg@mukana.test')]
    const [choir, band] = [await group('Shared choir', 100), await group('Shared band', 100)]
    // Each child asked into one group by its own guardian, and into the other by the other family's.
    const asks = [
      ...ahos.flatMap((child) => [
        { child, groupId: choir, token: aho, own: true },
        { child, groupId: band, token: berg, own: false },
      ]),
      ...bergs.flatMap((child) => [
        { child, groupId: band, token: berg, own: true },
        { child, groupId: choir, token: aho, own: false },
      ]),
    ]
    const responses = await Promise.all(asks.map(({ child, groupId, token }) => api.gql(ENROL, { childId: String(child.id), groupId }, token)))
    expect(responses.map((r) => r.errors?.[0]?.extensions?.code ?? r.data?.enrol.group.name)).toEqual(
      asks.map(({ own, groupId }) => (own ? (groupId === choir ? 'Shared choir' : 'Shared band') : 'auth/forbidden')),
    )
    const rows = await api.orm.em.fork().find(EnrolmentEntity, { group: { $in: [choir, band] } })
    const enrolled = rows.map((row) => `${row.child.id}:${row.group.id}`).sort()
    expect(enrolled).toEqual([...ahos.map((child) => `${child.id}:${choir}`), ...bergs.map((child) => `${child.id}:${band}`)].sort())
    expect([await seatsTaken(choir), await seatsTaken(band)]).toEqual([
      [15, 15],
      [15, 15],
    ])
  })

  it('gives one seat to one child asking many times at once', async () => {
    const roomy = await group('Roomy choir', 100)
    const responses = await Promise.all(Array.from({ length: 30 }, () => api.gql(ENROL, { childId: children.Eino, groupId: roomy }, guardian)))
    const codes = responses.map((r) => r.errors?.[0]?.extensions?.code ?? 'ok')
    expect(codes.filter((code) => code === 'ok')).toHaveLength(1)
    expect(codes.filter((code) => code === 'enrolment/already_enrolled')).toHaveLength(29)
    expect(await seatsTaken(roomy)).toEqual([1, 1])
  })

  it('gives one seat to a child re-enrolling many times at once after a withdrawal (the old row is re-marked once)', async () => {
    const comeback = await group('Comeback judo', 50)
    const first = await api.gql(ENROL, { childId: children.Aino, groupId: comeback }, guardian)
    await api.gql('mutation ($id: ID!) { withdrawEnrolment(enrolmentId: $id) { status } }', { id: first.data?.enrol.id }, guardian)
    const responses = await Promise.all(Array.from({ length: 20 }, () => api.gql(ENROL, { childId: children.Aino, groupId: comeback }, guardian)))
    const codes = responses.map((r) => r.errors?.[0]?.extensions?.code ?? 'ok')
    expect(codes.filter((code) => code === 'ok')).toHaveLength(1)
    expect(codes.filter((code) => code === 'enrolment/already_enrolled')).toHaveLength(19)
    expect(await seatsTaken(comeback)).toEqual([1, 1])
  })

  it('never leaves more seats taken than a capacity cut to while enrolments race it', async () => {
    const club = await api.login('club@mukana.test')
    const UPDATE = 'mutation ($id: ID!, $input: CreateHobbyGroupInput!) { updateHobbyGroup(groupId: $id, input: $input) { capacity } }'
    for (let round = 0; round < 4; round++) {
      const id = await group(`Shrinking ${round}`, 2)
      const input = {
        clubId: '1',
        name: `Shrinking ${round}`,
        activity: 'football',
        capacity: 1,
        grades: [3],
        kind: 'AFTER_SCHOOL',
        term: DEMO_TERM,
        sessions: [{ day: 'FRI', start: '14:15', end: '15:15' }],
      }
      const [cut] = await Promise.all([
        api.gql(UPDATE, { id: String(id), input }, club),
        api.gql(ENROL, { childId: children.Aino, groupId: id }, guardian),
        api.gql(ENROL, { childId: children.Eino, groupId: id }, guardian),
      ])
      const [taken, held] = await seatsTaken(id)
      expect(taken).toBe(held)
      const capacity = cut.errors ? 2 : 1
      expect(taken).toBeLessThanOrEqual(capacity)
    }
  })

  it('never gives more adult places than a family group has: 40 families at once for 6 places', async () => {
    const kids = await guardianOfMany('families@mukana.test', 'Family', 40, 'boy')
    const family = await insertGroup(api, 'Family swimming', { capacity: 40, familyGroup: true, adultPlaces: 6 })
    const token = await api.login('families@mukana.test')
    const enrolments = await Promise.all(kids.map(async (kid) => (await api.gql(ENROL, { childId: String(kid.id), groupId: family }, token)).data?.enrol.id))
    const ADULT = 'mutation ($id: ID!) { takePartAsAdult(enrolmentId: $id, takingPart: true) { adults } }'
    // Each family asks twice at the same moment, as a double tap would.
    const responses = await Promise.all([...enrolments, ...enrolments].map((id) => api.gql(ADULT, { id }, token)))
    const codes = responses.map((r) => r.errors?.[0]?.extensions?.code ?? 'ok')
    expect(codes.filter((code) => code !== 'ok' && code !== 'enrolment/adult_places_full')).toEqual([])
    const fresh = api.orm.em.fork()
    const taking = await fresh.count(EnrolmentEntity, { group: family, adults: 1 })
    expect(taking).toBe(6)
    expect((await fresh.findOneOrFail(HobbyGroupEntity, { id: family })).adultsTaken).toBe(6)
  })
})
