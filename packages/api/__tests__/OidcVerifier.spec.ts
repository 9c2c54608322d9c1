import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { UserEntity } from '../src/modules/people/user/user.entity'
import { AUDIENCE, identityProvider, ISSUER } from './identityProvider'
import { databaseKinds, expectRefused, startTestApi, type TestApi } from './testApi'

const ME = '{ me { email role } }'

describe.each(await databaseKinds())('OpenID Connect bearer tokens on %s', (kind) => {
  let api: TestApi
  let idp: Awaited<ReturnType<typeof identityProvider>>

  beforeAll(async () => {
    idp = await identityProvider()
    api = await startTestApi(kind, { oidc: { issuer: ISSUER, audience: AUDIENCE, jwksUrl: idp.jwksUrl } })
  })
  afterAll(async () => {
    await api.close()
    idp.close()
  })

  it("admits the city's token for an account with the same verified email", async () => {
    const token = await idp.sign({ sub: 'abc-123', email: 'Teacher@Mukana.test', email_verified: true })
    expect((await api.gql(ME, {}, token)).data?.me).toEqual({ email: 'teacher@mukana.test', role: 'TEACHER' })
    // The person's id at the provider is recorded: the GDPR API names people by it.
    expect((await api.orm.em.fork().findOneOrFail(UserEntity, { email: 'teacher@mukana.test' })).subject).toBe('abc-123')
  })

  it('treats as nobody a token signed by another key, for another audience or issuer, expired, unverified or unknown', async () => {
    const claims = { email: 'teacher@mukana.test', email_verified: true }
    const refused = [
      await idp.sign(claims, { key: idp.strangerKey }),
      await idp.sign(claims, { audience: 'another-service' }),
      await idp.sign(claims, { issuer: 'https://evil.test' }),
      await idp.sign(claims, { expires: '-1m' }),
      await idp.sign({ email: 'teacher@mukana.test', email_verified: false }),
      await idp.sign({ email: 'teacher@mukana.test' }), // no email_verified at all
      await idp.sign({ email: 'teacher@mukana.test', email_verified: 'true' }), // a string is not the provider's yes
      await idp.sign({ email: 'nobody@mukana.test', email_verified: true }),
    ]
    for (const token of refused) expect((await api.gql(ME, {}, token)).data?.me).toBeNull()
  })
})

describe.each(await databaseKinds())('the strong-identification rule for staff on %s', (kind) => {
  let api: TestApi
  let idp: Awaited<ReturnType<typeof identityProvider>>
  const CLASSES = '{ schoolClasses { id } }'

  beforeAll(async () => {
    idp = await identityProvider()
    api = await startTestApi(kind, {
      oidc: { issuer: ISSUER, audience: AUDIENCE, jwksUrl: idp.jwksUrl },
      staffStrongAuth: { loa: ['substantial', 'high'], amr: ['suomi_fi'] },
    })
  })
  afterAll(async () => {
    await api.close()
    idp.close()
  })

  const teacher = (claims: Record<string, unknown>) => idp.sign({ email: 'teacher@mukana.test', email_verified: true, ...claims })

  it("lets staff in who signed in strongly with the city's login (an accepted loa or amr)", async () => {
    expect((await api.gql(CLASSES, {}, await teacher({ loa: 'substantial' }))).errors).toBeUndefined()
    expect((await api.gql(CLASSES, {}, await teacher({ amr: ['suomi_fi'] }))).errors).toBeUndefined()
  })

  it('refuses staff signed in weakly or with a password, saying why; guardians are not held to it', async () => {
    expectRefused(await api.gql(CLASSES, {}, await teacher({ loa: 'low' })), 'auth/strong_identification_required')
    expectRefused(await api.gql(CLASSES, {}, await teacher({ amr: ['pwd'] })), 'auth/strong_identification_required')
    expectRefused(await api.gql(CLASSES, {}, await api.login('teacher@mukana.test')), 'auth/strong_identification_required')
    expectRefused(await api.gql(CLASSES, {}, await api.login('admin@mukana.test')), 'auth/strong_identification_required')
    expect((await api.gql('{ myChildren { id } }', {}, await api.login('guardian@mukana.test'))).errors).toBeUndefined()
  })
})
