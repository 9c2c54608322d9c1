/**
 * The account each signed-in request holds is read as plain fields, not mapped by the ORM: on both
 * databases it must say what the ORM's own reading says, field by field, for every account (SQLite
 * gives booleans as 0 and 1, PostgreSQL as booleans).
 */
import { describe, expect, it } from 'vitest'
import { UserEntity } from '../src/modules/people/user/user.entity'
import { accountsById } from '../src/modules/people/user/accountsById'
import { databaseKinds } from './testApi'
import { openedDatabase } from './testDatabases'

/** The fields an Account holds, read off an entity (its scope by id). */
function fieldsOf(user: Record<string, unknown>) {
  const id = (scope: unknown) => (scope ? (scope as { id: number }).id : null)
  const { club, school, area, institution, ...own } = user
  return { ...own, club: id(club), school: id(school), area: id(area), institution: id(institution) }
}

describe.each(await databaseKinds())('accountsById on %s', (kind) => {
  const database = openedDatabase(kind)

  it('gives each account as the ORM reads it, with every field set or left empty', async () => {
    const em = database().em.fork()
    const guardian = await em.findOneOrFail(UserEntity, { email: 'guardian@mukana.test' })
    Object.assign(guardian, { phone: '+358401234567', language: 'sv', messageChannels: 'both', reminders: false, subject: 'city-subject-1' })
    await em.flush()
    const users = await database()
      .em.fork()
      .find(UserEntity, {}, { orderBy: { id: 'asc' } })
    expect(users.some((user) => user.reminders === false)).toBe(true)
    expect(users.some((user) => user.reminders === true && user.club)).toBe(true)
    const accounts = accountsById(() => database().em.fork())
    const loaded = await Promise.all([...users.map((user) => accounts.load(user.id)), accounts.load(999_999)])
    expect(loaded.pop()).toBeNull()
    expect(loaded.map((account) => fieldsOf({ ...account }))).toEqual(users.map((user) => fieldsOf({ ...user })))
  })

  it('gives each request an account of its own', async () => {
    const accounts = accountsById(() => database().em.fork())
    const [a, b] = await Promise.all([accounts.load(1), accounts.load(1)])
    expect(a).toEqual(b)
    expect(a).not.toBe(b)
  })
})
