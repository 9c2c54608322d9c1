/** Staff accounts by invitation, and one-time sign-in links, over HTTP on both databases. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAdmin } from '../src/modules/people/user/createAdmin'
import { SignInLinkEntity } from '../src/modules/people/user/signInLink.entity'
import { MessageEntity } from '../src/messages/index'
import { UserEntity } from '../src/modules/people/user/user.entity'
import { databaseKinds, expectRefused, startTestApi, type TestApi } from './testApi'

const INVITE = 'mutation ($i: InviteUserInput!) { inviteUser(input: $i) { link expiresAt user { email name role area { name } } } }'
const USE = 'mutation ($t: String!) { signInWithLink(token: $t) { token user { email role } } }'
const tokenOf = (link: string) => link.split('#')[1]!

describe.each(await databaseKinds())('invitations on %s', (kind) => {
  let api: TestApi
  let admin: string

  beforeAll(async () => {
    api = await startTestApi(kind)
    admin = await api.login('admin@mukana.test')
  })
  afterAll(() => api.close())

  it('invites a coordinator of an area with a link that signs in once and lets them choose a password', async () => {
    const invited = await api.gql(INVITE, { i: { email: ' Maija.Mallikas@Hel.fi ', name: 'Maija Mallikas', role: 'COORDINATOR', areaId: '1' } }, admin)
    expect(invited.errors).toBeUndefined()
    const { link, expiresAt, user } = invited.data!.inviteUser
    expect(user).toEqual({ email: 'maija.mallikas@hel.fi', name: 'Maija Mallikas', role: 'COORDINATOR', area: { name: 'Kontula' } })
    expect(link).toMatch(/^\/sign-in#[\w-]{43}$/)
    expect(new Date(expiresAt).getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600_000)

    const signedIn = await api.gql(USE, { t: tokenOf(link) })
    expect(signedIn.data?.signInWithLink.user).toEqual({ email: 'maija.mallikas@hel.fi', role: 'COORDINATOR' })
    expectRefused(await api.gql(USE, { t: tokenOf(link) }), 'auth/link_invalid')

    const session = signedIn.data?.signInWithLink.token
    expectRefused(await api.gql('mutation { setPassword(password: "lyhyt") }', {}, session), 'input/invalid', ['password'])
    expect((await api.gql('mutation { setPassword(password: "pitkä salasana 2026") }', {}, session)).data?.setPassword).toBe(true)
    const login = await api.gql('mutation { login(email: "maija.mallikas@hel.fi", password: "pitkä salasana 2026") { user { role } } }')
    expect(login.data?.login.user.role).toBe('COORDINATOR')
  })

  it('makes one account when two administrators invite the same address at once, and e-mails the invitee once', async () => {
    const input = { i: { email: 'sama@hel.fi', name: 'Sama Henkilö', role: 'TEACHER', schoolId: '1' } }
    const both = await Promise.all([api.gql(INVITE, input, admin), api.gql(INVITE, input, admin)])
    expect(both.filter((r) => !r.errors)).toHaveLength(1)
    const refused = both.find((r) => r.errors)!
    expectRefused(refused, 'input/invalid', ['email'])
    const em = api.orm.em.fork()
    expect(await em.count(UserEntity, { email: 'sama@hel.fi' })).toBe(1)
    expect(await em.count(MessageEntity, { kind: 'invitation', address: 'sama@hel.fi' })).toBe(1)
  })

  it('signs in once when the same link is opened twice at once, and never after it expires', async () => {
    const link = (await api.gql(INVITE, { i: { email: 'kaksi@hel.fi', name: 'Kaksi', role: 'TEACHER', schoolId: '1' } }, admin)).data?.inviteUser.link
    const both = await Promise.all([api.gql(USE, { t: tokenOf(link) }), api.gql(USE, { t: tokenOf(link) })])
    expect(both.filter((r) => r.data?.signInWithLink)).toHaveLength(1)
    expectRefused(
      both.find((r) => r.errors)!,
      'auth/link_invalid',
    )

    const late = (await api.gql(INVITE, { i: { email: 'myoh@hel.fi', name: 'Myöhässä', role: 'ADMIN' } }, admin)).data?.inviteUser.link
    await api.orm.em.fork().nativeUpdate(SignInLinkEntity, { usedAt: null }, { expiresAt: new Date(Date.now() - 1000) })
    expectRefused(await api.gql(USE, { t: tokenOf(late) }), 'auth/link_invalid')
  })

  it('refuses a guardian, a missing or foreign scope, an unknown place and a taken e-mail, naming each field', async () => {
    expectRefused(await api.gql(INVITE, { i: { email: 'g@hel.fi', name: 'G', role: 'GUARDIAN' } }, admin), 'input/invalid', ['role'])
    expectRefused(await api.gql(INVITE, { i: { email: 'c@hel.fi', name: 'C', role: 'CLUB' } }, admin), 'input/invalid', ['clubId'])
    expectRefused(await api.gql(INVITE, { i: { email: 't@hel.fi', name: 'T', role: 'TEACHER', schoolId: '999' } }, admin), 'input/invalid', ['schoolId'])
    expectRefused(await api.gql(INVITE, { i: { email: 'x@hel.fi', name: 'X', role: 'COORDINATOR', areaId: '1', clubId: '1' } }, admin), 'input/invalid', [
      'clubId',
    ])
    expectRefused(await api.gql(INVITE, { i: { email: 'not an address', name: '', role: 'ADMIN' } }, admin), 'input/invalid', ['email', 'name'])
    expectRefused(await api.gql(INVITE, { i: { email: 'club@mukana.test', name: 'Twice', role: 'ADMIN' } }, admin), 'input/invalid', ['email'])
  })

  it('makes the first administrator (as the command line does) with a link that signs in once, and refuses a bad address', async () => {
    const { path, created } = await createAdmin(api.orm.em.fork(), 'Uusi.Admin@hel.fi', 'Uusi Admin')
    expect(created).toBe(true)
    expect((await api.gql(USE, { t: tokenOf(path) })).data?.signInWithLink.user).toEqual({ email: 'uusi.admin@hel.fi', role: 'ADMIN' })
    expect((await createAdmin(api.orm.em.fork(), 'uusi.admin@hel.fi', '')).created).toBe(false) // a new link for a locked-out administrator
    await expect(createAdmin(api.orm.em.fork(), 'not-an-address', '')).rejects.toMatchObject({
      extensions: { code: 'input/invalid', issues: [{ field: 'email' }] },
    })
    await expect(createAdmin(api.orm.em.fork(), 'club@mukana.test', '')).rejects.toMatchObject({ extensions: { issues: [{ field: 'email' }] } })
  })
})
