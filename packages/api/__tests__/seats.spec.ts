import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HobbyGroupEntity } from '../src/modules/hobby/hobbyGroup/hobbyGroup.entity'
import { releaseSeats, seatsLeft, setCapacity, takeSeats, takeSeatsOfMany } from '../src/modules/seats/seats'
import { insertGroup } from './flows'
import { databaseKinds, startTestApi, type TestApi } from './testApi'

describe.each(await databaseKinds())('seats on %s', (kind) => {
  let api: TestApi
  beforeAll(async () => {
    api = await startTestApi(kind)
  })
  afterAll(() => api.close())

  const read = async (id: number) => api.orm.em.fork().findOneOrFail(HobbyGroupEntity, { id }, { fields: ['capacity', 'seatsTaken'] })
  const inTransaction = <T>(work: (tx: Parameters<Parameters<TestApi['orm']['em']['transactional']>[0]>[0]) => Promise<T>) =>
    api.orm.em.fork().transactional(work)

  it('takes seats while they last, several at once only if all fit, and gives them back never below none', async () => {
    const id = await insertGroup(api, 'Seats', { capacity: 3 })
    expect(await inTransaction((tx) => takeSeats(tx, HobbyGroupEntity, id, 2))).toBe(true)
    expect(await inTransaction((tx) => takeSeats(tx, HobbyGroupEntity, id, 2))).toBe(false)
    expect(await inTransaction((tx) => takeSeats(tx, HobbyGroupEntity, id))).toBe(true)
    expect(await inTransaction((tx) => takeSeats(tx, HobbyGroupEntity, id))).toBe(false)
    expect(seatsLeft(await read(id))).toBe(0)
    await inTransaction((tx) => releaseSeats(tx, HobbyGroupEntity, id, 5))
    expect((await read(id)).seatsTaken).toBe(0)
    await expect(inTransaction((tx) => takeSeats(tx, HobbyGroupEntity, id, 0))).rejects.toThrow(/whole number/)
  })

  it('takes the seats of many groups in one go, each only if all its seats are free, and names those that were not', async () => {
    const ids = await Promise.all([3, 2, 5].map((capacity, i) => insertGroup(api, `Many ${i}`, { capacity })))
    await inTransaction((tx) => takeSeats(tx, HobbyGroupEntity, ids[1]!, 1))
    const short = await inTransaction((tx) => takeSeatsOfMany(tx, HobbyGroupEntity, new Map(ids.map((id) => [id, 2]))))
    expect(short).toEqual([ids[1]])
    expect((await Promise.all(ids.map(read))).map((group) => group.seatsTaken)).toEqual([2, 1, 2])
    expect(await inTransaction((tx) => takeSeatsOfMany(tx, HobbyGroupEntity, new Map([[ids[2]!, 3]])))).toEqual([])
    expect((await read(ids[2]!)).seatsTaken).toBe(5)
    await expect(inTransaction((tx) => takeSeatsOfMany(tx, HobbyGroupEntity, new Map([[ids[0]!, 0]])))).rejects.toThrow(/whole number/)
  })

  it('never gives more seats than there are when many groups are taken at once, simultaneously', async () => {
    const ids = await Promise.all([0, 1, 2].map((i) => insertGroup(api, `Racing ${i}`, { capacity: 5 })))
    const results = await Promise.all(
      Array.from({ length: 8 }, () => inTransaction((tx) => takeSeatsOfMany(tx, HobbyGroupEntity, new Map(ids.map((id) => [id, 2]))))),
    )
    const groups = await Promise.all(ids.map(read))
    for (const [i, group] of groups.entries()) {
      expect(group.seatsTaken).toBeLessThanOrEqual(5)
      expect(group.seatsTaken).toBe(2 * results.filter((short) => !short.includes(ids[i]!)).length)
    }
  })

  it('gives a seat back when the rest of its transaction fails', async () => {
    const id = await insertGroup(api, 'Rolled back', { capacity: 1 })
    await expect(
      inTransaction(async (tx) => {
        await takeSeats(tx, HobbyGroupEntity, id)
        throw new Error('the enrolment failed')
      }),
    ).rejects.toThrow('the enrolment failed')
    expect((await read(id)).seatsTaken).toBe(0)
  })

  it('never lets a capacity cut and simultaneous takes end above the new capacity', async () => {
    for (let round = 0; round < 5; round++) {
      const id = await insertGroup(api, `Cut ${round}`, { capacity: 4 })
      await inTransaction((tx) => takeSeats(tx, HobbyGroupEntity, id, 2))
      const results = await Promise.all([
        inTransaction((tx) => setCapacity(tx, HobbyGroupEntity, id, 2)),
        ...Array.from({ length: 6 }, () => inTransaction((tx) => takeSeats(tx, HobbyGroupEntity, id))),
      ])
      const { capacity, seatsTaken } = await read(id)
      expect(seatsTaken).toBeLessThanOrEqual(capacity)
      expect(seatsTaken).toBe(2 + results.slice(1).filter(Boolean).length)
      expect(capacity).toBe(results[0] ? 2 : 4)
    }
  })
})
