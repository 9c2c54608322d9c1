/** Test vocabulary: the city's identity provider as far as the API sees it, signing keys published over HTTP. */
import { createServer, type Server } from 'node:http'
import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose'

export const ISSUER = 'https://login.example.test/realms/city'
export const AUDIENCE = 'mukana'

/** Issues tokens signed with its own key and publishes the public key (a JWKS) over HTTP, as the city's provider and the GDPR API tester do. */
export async function identityProvider() {
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
