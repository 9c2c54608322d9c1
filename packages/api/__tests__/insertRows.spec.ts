/**
 * Bulk inserts on both databases: what goes in comes back as it was (texts with quotes, backslashes and
 * accents, nulls, instants, JSON), in the order given, and `onConflict: 'ignore'` keeps the row already there.
 */
import { describe, expect, it } from 'vitest'
import { insertRows } from '../src/db/insertRows'
import { MESSAGE_COLUMNS } from '../src/messages/queueMessages'
import { MessageEntity } from '../src/messages/message.entity'
import { databaseKinds } from './testApi'
import { openedDatabase } from './testDatabases'

describe.each(await databaseKinds())('insertRows on %s', (kind) => {
  const database = openedDatabase(kind)

  const at = new Date('2026-12-02T06:30:15.250Z')
  const row = (key: string, address: string, params: unknown, childId: number | null) => [
    key,
    'offerMade',
    'email',
    null,
    address,
    'fi',
    params,
    null,
    childId,
    'queued',
    0,
    at,
    at,
  ]

  it('writes every value as given, many rows per statement and across statements', async () => {
    const tricky = `O'Brien "Äänekoski" \\ back\\slash ${'🎻'} 'quoted'`
    const params = { child: tricky, sessions: [{ day: 'mon', start: '15:00' }], nothing: null, n: 3.5 }
    const rows = [
      row('insertRows:tricky', tricky, params, null),
      ...Array.from({ length: 12_345 }, (_, i) => row(`insertRows:${i}`, `p${i}@mukana.test`, { i }, i)),
    ]
    await database().em.transactional((tx) => insertRows(tx, 'message', MESSAGE_COLUMNS, rows))

    const em = database().em.fork()
    const first = await em.findOneOrFail(MessageEntity, { key: 'insertRows:tricky' })
    expect(first.address).toBe(tricky)
    expect(first.params).toEqual(params)
    expect(first.childId ?? null).toBeNull()
    expect(first.notBefore.toISOString()).toBe(at.toISOString())
    const all = await em.find(MessageEntity, { key: { $like: 'insertRows:%' } }, { orderBy: { id: 'asc' } })
    expect(all).toHaveLength(12_346)
    expect(all.map((message) => message.key)).toEqual(rows.map((r) => r[0]))
    expect(all[12_345]!.params).toEqual({ i: 12_344 })
    expect(all[12_345]!.childId).toBe(12_344)
  })

  it("leaves a row already there as it is with onConflict: 'ignore', and writes the rest", async () => {
    await database().em.transactional((tx) =>
      insertRows(tx, 'message', MESSAGE_COLUMNS, [row('insertRows:0', 'changed@mukana.test', {}, null), row('insertRows:new', 'new@mukana.test', {}, null)], {
        onConflict: 'ignore',
      }),
    )
    const em = database().em.fork()
    expect((await em.findOneOrFail(MessageEntity, { key: 'insertRows:0' })).address).toBe('p0@mukana.test')
    expect((await em.findOneOrFail(MessageEntity, { key: 'insertRows:new' })).address).toBe('new@mukana.test')
  })
})
