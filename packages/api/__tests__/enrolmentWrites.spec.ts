/**
 * The enrolments of simultaneous requests written in one PostgreSQL statement (SQLite writes each in its
 * own transaction): each ask decided as alone, seats exact, confirmations only for rows written, and the
 * asks the batch cannot decide for sure decided again one by one.
 */
import { setTimeout as sleep } from 'node:timers/promises'
import type { AbstractSqlConnection } from '@mikro-orm/knex'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { enrolmentWrites, type EnrolmentWrite } from '../src/modules/hobby/enrolment/enrolmentWrites'
import type { Written } from '../src/modules/hobby/enrolment/writeEnrolment'
import { ChildEntity } from '../src/modules/people/child/child.entity'
import { SchoolClassEntity } from '../src/modules/people/schoolClass/schoolClass.entity'
import { UserEntity, type User } from '../src/modules/people/user/user.entity'
import { MessageEntity } from '../src/messages/message.entity'
import type { MessageDraft } from '../src/messages'
import { insertGroup, seatCount } from './flows'
import { databaseKinds, startTestApi, type GraphQLResponse, type TestApi } from './testApi'

const ENROL = 'mutation ($childId: ID!, $groupId: ID!) { enrol(childId: $childId, groupId: $groupId) { id } }'

describe.each((await databaseKinds()).filter((kind) => kind === 'postgresql'))('enrolments written together on %s', (kind) => {
  let api: TestApi
  let guardian: User
  /** Every statement the service sent. */
  const statements: string[] = []
  /** How many enrolment asks the reads' statements carried (each a row of their JSON parameter). */
  let asksRead = 0

  beforeAll(async () => {
    api = await startTestApi(kind)
    ;(api.orm.em.getConnection() as AbstractSqlConnection).getKnex().on('query', ({ sql, bindings }: { sql: string; bindings?: unknown[] }) => {
      statements.push(sql)
      if (/join child_guardian mine/.test(sql)) asksRead += (JSON.parse(String(bindings?.[0])) as unknown[]).length
    })
    guardian = await api.orm.em.fork().findOneOrFail(UserEntity, { email: 'guardian@mukana.test' })
  })
  afterAll(() => api.close())

  /** `count` new pupils of the guardian in class 1. */
  async function children(count: number): Promise<number[]> {
    const em = api.orm.em.fork()
    const schoolClass = await em.findOneOrFail(SchoolClassEntity, { id: 1 })
    const made = Array.from({ length: count }, (_, i) => {
      const child = em.create(ChildEntity, { firstName: `Batch ${i}`, lastName: 'Writes', gender: 'girl', homeLanguages: ['fi'], schoolClass })
      child.guardians.add(em.getReference(UserEntity, guardian.id))
      return child
    })
    await em.flush()
    return made.map((child) => child.id)
  }

  /** The guardian's confirmation of one ask, as the enrolment drafts it. */
  const notice = (childId: number, groupId: number): MessageDraft[] => [
    { kind: 'enrolmentConfirmed', about: `group:${groupId}:${childId}:test`, recipient: guardian, childId, params: { child: 'Batch', group: 'Batch' } },
  ]
  const ask = (childId: number, groupId: number): EnrolmentWrite => ({ childId, groupId, now: new Date(), notice: notice(childId, groupId) })
  /** The asks' outcomes, all asked in the same turn (one batch): a row written is 'written'. */
  async function write(asks: EnrolmentWrite[]): Promise<(string | Error)[]> {
    const writes = enrolmentWrites(() => api.orm.em.fork())
    const outcomes = await Promise.all(asks.map((one) => writes.load(one).catch((error: Error) => error)))
    return outcomes.map((outcome: Written | Error) => (typeof outcome === 'object' && !(outcome instanceof Error) ? 'written' : outcome))
  }
  const confirmations = (groupId: number) =>
    api.orm.em.fork().count(MessageEntity, { kind: 'enrolmentConfirmed', key: { $like: `enrolmentConfirmed:group:${groupId}:%` } })

  it('decides each ask of a batch as it would be decided alone, in one statement', async () => {
    const [a, b, c, d, e] = await children(5)
    const group = await insertGroup(api, 'Batch choir', { capacity: 4 })
    expect(await write([ask(e, group)])).toEqual(['written'])
    statements.length = 0
    // e enrolled already; a and d asked twice; the group has three seats left for a, b, c, d.
    expect(await write([ask(a, group), ask(b, group), ask(a, group), ask(e, group), ask(c, group), ask(d, group), ask(d, group)])).toEqual([
      'written',
      'written',
      'enrolled',
      'enrolled',
      'written',
      'full',
      'full',
    ])
    expect(statements.filter((sql) => /insert into enrolment/.test(sql))).toHaveLength(1)
    expect(await seatCount(api, group)).toEqual([4, 4])
    expect(await confirmations(group)).toBe(4)
  })

  it('gives each group its own seats in a batch of several groups', async () => {
    const kids = await children(6)
    const [small, large] = [await insertGroup(api, 'Batch small', { capacity: 1 }), await insertGroup(api, 'Batch large', { capacity: 10 })]
    const outcomes = await write(kids.flatMap((child) => [ask(child, small), ask(child, large)]))
    expect(outcomes).toEqual(kids.flatMap((_, i) => [i === 0 ? 'written' : 'full', 'written']))
    expect([await seatCount(api, small), await seatCount(api, large)]).toEqual([
      [1, 1],
      [6, 6],
    ])
  })

  it('decides again alone the asks refused while a seat went to a row another statement wrote meanwhile', async () => {
    const [a, b] = await children(2)
    const group = await insertGroup(api, 'Batch raced', { capacity: 2 })
    const other = api.orm.em.fork()
    let outcomes: Promise<(string | Error)[]> | undefined
    await other.transactional(async (tx) => {
      // Another statement enrols a and takes a seat, not yet committed: the batch waits for the group's row,
      // then finds one seat left and numbers it for a, whose row it cannot write.
      const execute = (sql: string) => tx.getConnection().execute(sql, [], 'run', tx.getTransactionContext())
      await execute(`insert into enrolment (child_id, group_id, status, created_at) values (${a}, ${group}, 'enrolled', now())`)
      await execute(`update hobby_group set seats_taken = seats_taken + 1 where id = ${group}`)
      outcomes = write([ask(a, group), ask(b, group)])
      await sleep(500)
    })
    expect(await outcomes).toEqual(['enrolled', 'written'])
    expect(await seatCount(api, group)).toEqual([2, 2])
    expect(await confirmations(group)).toBe(1)
  })

  it('answers each ask of a failed batch on its own: one bad ask fails alone', async () => {
    const [a, b] = await children(2)
    const group = await insertGroup(api, 'Batch failing', { capacity: 5 })
    // No child 2,000,000,000: its row breaks the enrolment's foreign key, and with it the batch's statement.
    const outcomes = await write([ask(a, group), ask(2_000_000_000, group), ask(b, group)])
    expect(outcomes[0]).toBe('written')
    expect(outcomes[1]).toBeInstanceOf(Error)
    expect(outcomes[2]).toBe('written')
    expect(await seatCount(api, group)).toEqual([2, 2])
    expect(await confirmations(group)).toBe(2)
  })

  it('writes the enrolments of a rush of requests in far fewer statements than requests', async () => {
    const kids = await children(200)
    const group = await insertGroup(api, 'Batch rush', { capacity: 150 })
    const token = await api.login('guardian@mukana.test')
    statements.length = 0
    // The group's row held meanwhile (as the rush's first writes hold it): the requests that come gather
    // behind the batches out. Held until every request has read its child and group, and so waits to write.
    let pending: Promise<GraphQLResponse[]> | undefined
    asksRead = 0
    await api.orm.em.fork().transactional(async (tx) => {
      await tx.getConnection().execute(`select id from hobby_group where id = ${group} for update`, [], 'all', tx.getTransactionContext())
      pending = Promise.all(kids.map((child) => api.gql(ENROL, { childId: String(child), groupId: group }, token)))
      for (const until = Date.now() + 30_000; asksRead < kids.length && Date.now() < until;) await sleep(20)
      await sleep(200)
    })
    const answers = await pending!
    const codes = answers.map((answer) => answer.errors?.[0]?.extensions?.code ?? 'ok')
    expect(codes.filter((code) => code === 'ok')).toHaveLength(150)
    expect(codes.filter((code) => code === 'enrolment/group_full')).toHaveLength(50)
    const writes = statements.filter((sql) => /insert into enrolment/.test(sql))
    expect(writes.length).toBeGreaterThan(0)
    expect(writes.length).toBeLessThan(20)
    expect(await seatCount(api, group)).toEqual([150, 150])
    expect(await confirmations(group)).toBe(150)
  })
})
