import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { UserEntity } from '../src/modules/people/user/user.entity'
import { AUDIENCE, identityProvider, ISSUER } from './identityProvider'
import { databaseKinds, startTestApi, type TestApi } from './testApi'

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
