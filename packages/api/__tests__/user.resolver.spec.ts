import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_ACCOUNTS } from '@mukana/api'
import { databaseKinds, expectRefused, startTestApi, type TestApi } from './testApi'

const ME = '{ me { email role club { name } } }'
const LOGIN = 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token user { email role } } }'

describe.each(await databaseKinds())('login on %s', (kind) => {
  let api: TestApi
  beforeAll(async () => {
    api = await startTestApi(kind)
  })
  afterAll(() => api.close())

  it('logs every demo account in, and the token says who is asking', async () => {
    for (const account of DEMO_ACCOUNTS) {
      const { data } = await api.gql(ME, {}, await api.login(account.email))
      expect(data?.me).toMatchObject({ email: account.email, role: account.role.toUpperCase() })
    }
    const club = await api.gql(ME, {}, await api.login('club@mukana.test'))
    expect(club.data?.me.club).toEqual({ name: 'Kontulan Kisa' })
  })

  it('tells each user their club, school or area, and lists the demo accounts on the demo database', async () => {
    const teacher = await api.gql('{ me { school { name } area { name } } }', {}, await api.login('teacher@mukana.test'))
    expect(teacher.data?.me).toEqual({ school: { name: 'Kontulan ala-aste' }, area: null })
    const coordinator = await api.gql('{ me { school { name } area { name } } }', {}, await api.login('coordinator@mukana.test'))
    expect(coordinator.data?.me).toEqual({ school: null, area: { name: 'Kontula' } })
    const { data } = await api.gql('{ demoAccounts { email role password } }')
    expect(data?.demoAccounts).toEqual(DEMO_ACCOUNTS.map((a) => ({ email: a.email, role: a.role.toUpperCase(), password: 'mukana-demo' })))
  })

  it('accepts the email in any case and with spaces around it', async () => {
    const { data, errors } = await api.gql(LOGIN, { email: '  Club@Mukana.TEST ', password: 'mukana-demo' })
    expect(errors).toBeUndefined()
    expect(data?.login.user).toEqual({ email: 'club@mukana.test', role: 'CLUB' })
  })

  it('refuses a wrong password and an unknown email alike', async () => {
    expectRefused(await api.gql(LOGIN, { email: 'club@mukana.test', password: 'wrong' }), 'auth/invalid_credentials')
    expectRefused(await api.gql(LOGIN, { email: 'nobody@mukana.test', password: 'mukana-demo' }), 'auth/invalid_credentials')
  })

  it('treats a missing, forged or tampered token as nobody', async () => {
    expect((await api.gql(ME)).data?.me).toBeNull()
    const token = await api.login('guardian@mukana.test')
    const [header, payload, signature] = token.split('.')
    const otherUser = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), sub: '1' })).toString('base64url')
    expect((await api.gql(ME, {}, `${header}.${otherUser}.${signature}`)).data?.me).toBeNull()
    expect((await api.gql(ME, {}, 'garbage')).data?.me).toBeNull()
  })
})
