import { createServer, type Server } from 'node:http'
import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { databaseKinds, startTestApi, type TestApi } from './testApi'

const ISSUER = 'https://login.example.test/realms/city'
const AUDIENCE = 'mukana'
const ME = '{ me { email role } }'

/** The city's identity provider, as far as the API sees it: signing keys published over HTTP. */
async function identityProvider() {
  const { privateKey, publicKey } = await generateKeyPair('RS256')
  const stranger = await generateKeyPair('RS256')
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid: 'city-1', alg: 'RS256', use: 'sig' }
  const server: Server = createServer((_, response) => {
    response.setHeader('content-type', 'application/json')
    response.end(JSON.stringify({ keys: [jwk] }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  const sign = (
    claims: Record<string, unknown>,
    options: { key?: Parameters<SignJWT['sign']>[0]; issuer?: string; audience?: string; expires?: string } = {},
  ) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'city-1' })
      .setIssuer(options.issuer ?? ISSUER)
      .setAudience(options.audience ?? AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(options.expires ?? '5m')
      .sign(options.key ?? privateKey)
  return { jwksUrl: `http://127.0.0.1:${port}/jwks`, sign, strangerKey: stranger.privateKey, close: () => server.close() }
}

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
