/**
 * One loader for a process's requests: what comes while a batch is out goes in one statement next;
 * over HTTP on both databases, simultaneous requests each get their own account and their own audit
 * event, from fewer statements than requests.
 */
import { setImmediate as nextTurn, setTimeout as sleep } from 'node:timers/promises'
import type { AbstractSqlConnection } from '@mikro-orm/knex'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { batchAcrossRequests } from '../src/db/batchAcrossRequests'
import { databaseKinds, startTestApi, type GraphQLResponse, type TestApi } from './testApi'

/** A load function whose batches the test ends by hand. */
function recordedBatches() {
  const batches: { keys: number[]; end(error?: Error): void }[] = []
  const load = (keys: readonly number[]) =>
    new Promise<(number | Error)[]>((resolve, reject) => {
      batches.push({ keys: [...keys], end: (error) => (error ? reject(error) : resolve(keys.map((key) => key * 10))) })
    })
  return { batches, load }
}

describe('batchAcrossRequests', () => {
  it('sends the first key at once, and the keys that come while it is out together next', async () => {
    const { batches, load } = recordedBatches()
    const loader = batchAcrossRequests(load, { inFlight: 1 })
    const first = loader.load(1)
    await nextTurn()
    expect(batches.map((batch) => batch.keys)).toEqual([[1]])
    const later = [loader.load(2), loader.load(3)]
    await nextTurn()
    const more = loader.load(4)
    await nextTurn()
    expect(batches).toHaveLength(1)
    batches[0].end()
    expect(await first).toBe(10)
    await nextTurn()
    expect(batches.map((batch) => batch.keys)).toEqual([[1], [2, 3, 4]])
    batches[1].end()
    expect(await Promise.all([...later, more])).toEqual([20, 30, 40])
  })

  it('runs up to `inFlight` batches at once', async () => {
    const { batches, load } = recordedBatches()
    const loader = batchAcrossRequests(load, { inFlight: 2 })
    const answers = [loader.load(1)]
    await nextTurn()
    answers.push(loader.load(2))
    await nextTurn()
    answers.push(loader.load(3), loader.load(4))
    await nextTurn()
    expect(batches.map((batch) => batch.keys)).toEqual([[1], [2]])
    batches[1].end()
    await nextTurn()
    expect(batches.map((batch) => batch.keys)).toEqual([[1], [2], [3, 4]])
    batches[0].end()
    batches[2].end()
    expect(await Promise.all(answers)).toEqual([10, 20, 30, 40])
  })

  it('keeps nothing: the same key asked again is read again', async () => {
    const { batches, load } = recordedBatches()
    const loader = batchAcrossRequests(load)
    const once = loader.load(7)
    await nextTurn()
    batches[0].end()
    await once
    const again = loader.load(7)
    await nextTurn()
    batches[1].end()
    expect(await again).toBe(70)
    expect(batches.map((batch) => batch.keys)).toEqual([[7], [7]])
  })

  it("fails a failed batch's requests only, and goes on", async () => {
    const { batches, load } = recordedBatches()
    const loader = batchAcrossRequests(load, { inFlight: 1 })
    const failing = loader.load(1)
    await nextTurn()
    const next = loader.load(2)
    batches[0].end(new Error('the database went away'))
    await expect(failing).rejects.toThrow('the database went away')
    await nextTurn()
    batches[1].end()
    expect(await next).toBe(20)
  })
})

const WHO = '{ me { id email role } }'
const CLASS_LIST = 'query ($id: ID!) { pupils(classId: $id) { id } }'
const TRAIL = 'query ($a: ID) { auditEvents(actorId: $a, limit: 1000) { actorId operation childIds } }'

describe.each(await databaseKinds())('requests at once on %s', (kind) => {
  let api: TestApi
  const tokens = new Map<string, string>()
  /** Every statement the service sent, plain ones included (the test API's log has the ORM's only). */
  const statements: string[] = []

  beforeAll(async () => {
    api = await startTestApi(kind)
    ;(api.orm.em.getConnection() as AbstractSqlConnection).getKnex().on('query', ({ sql }: { sql: string }) => statements.push(sql))
    for (const email of ['guardian@mukana.test', 'teacher@mukana.test', 'club@mukana.test', 'coordinator@mukana.test', 'admin@mukana.test'])
      tokens.set(email, await api.login(email))
  })
  afterAll(() => api.close())

  it('each get their own account, read in a few statements while the database is busy', async () => {
    statements.length = 0
    const asked = Array.from({ length: 12 }, () => [...tokens]).flat()
    // The accounts table held by a transaction: the requests that come meanwhile gather behind the batches out.
    let pending: Promise<GraphQLResponse[]> | undefined
    await api.orm.em.fork().transactional(async (tx) => {
      if (kind === 'postgresql') await tx.getConnection().execute('lock table app_user in access exclusive mode', [], 'run', tx.getTransactionContext())
      pending = Promise.all(asked.map(([, token]) => api.gql(WHO, {}, token)))
      await sleep(1000)
    })
    const answers = await pending!
    expect(answers.map((answer) => answer.data?.me?.email)).toEqual(asked.map(([email]) => email))
    const accountReads = statements.filter((sql) => /from "?app_user"? where "?id"? (= any|in \(select)/.test(sql))
    expect(accountReads.length).toBeGreaterThan(0)
    expect(accountReads.length).toBeLessThan(10)
  })

  it('each leave their own audit event, naming their own children', async () => {
    const guardian = tokens.get('guardian@mukana.test')!
    const teacher = tokens.get('teacher@mukana.test')!
    const admin = tokens.get('admin@mukana.test')!
    const ids = async (token: string) => (await api.gql(WHO, {}, token)).data?.me.id as string
    const [guardianId, teacherId] = [await ids(guardian), await ids(teacher)]
    const classes = (await api.gql('{ schoolClasses { id } }', {}, teacher)).data?.schoolClasses as { id: string }[]
    const classId = classes[0].id
    const answers = await Promise.all(
      Array.from({ length: 15 }, () => [api.gql('{ myChildren { id } }', {}, guardian), api.gql(CLASS_LIST, { id: classId }, teacher)]).flat(),
    )
    const children = answers[0].data?.myChildren.map((child: { id: string }) => child.id).sort()
    const pupils = answers[1].data?.pupils.map((child: { id: string }) => child.id).sort()
    expect(children).toHaveLength(2)
    expect(pupils.length).toBeGreaterThan(2)

    const trail = async (actorId: string) =>
      ((await api.gql(TRAIL, { a: actorId }, admin)).data?.auditEvents as { actorId: string; operation: string; childIds: string[] }[]).map((event) => ({
        ...event,
        childIds: [...event.childIds].sort(),
      }))
    const byGuardian = (await trail(guardianId)).filter((event) => event.operation === 'myChildren')
    const byTeacher = (await trail(teacherId)).filter((event) => event.operation === 'pupils')
    expect(byGuardian).toEqual(Array.from({ length: 15 }, () => ({ actorId: guardianId, operation: 'myChildren', childIds: children })))
    expect(byTeacher).toEqual(Array.from({ length: 15 }, () => ({ actorId: teacherId, operation: 'pupils', childIds: pupils })))
  })
})
