/**
 * Test vocabulary: a real OpenID provider (oidc-provider) standing in for the city's login, with its
 * development sign-in pages: whatever e-mail is typed signs in as that person, with the claims given
 * here (a verified e-mail, or not).
 */
import { createServer, type Server } from 'node:http'
import Provider from 'oidc-provider'

export interface CityProvider {
  issuer: string
  clientId: string
  clientSecret: string
  /** Registers the service's callback (known once the service listens). */
  serve(redirectUri: string): void
  close(): void
}

export async function startCityProvider(people: Record<string, { email: string; email_verified: boolean; name: string }>): Promise<CityProvider> {
  const server: Server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const issuer = `http://127.0.0.1:${(server.address() as { port: number }).port}`
  const clientId = 'mukana'
  const clientSecret = 'a-client-secret-for-the-tests-only'
  return {
    issuer,
    clientId,
    clientSecret,
    serve(redirectUri) {
      const provider = new Provider(issuer, {
        clients: [
          {
            client_id: clientId,
            client_secret: clientSecret,
            redirect_uris: [redirectUri],
            token_endpoint_auth_method: 'client_secret_post',
            grant_types: ['authorization_code'],
            response_types: ['code'],
          },
        ],
        claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
        // The e-mail claims in the ID token itself, as the city's provider gives them.
        conformIdTokenClaims: false,
        findAccount: async (_context, id) => (people[id] ? { accountId: id, claims: async () => ({ sub: id, ...people[id] }) } : undefined),
        features: { devInteractions: { enabled: true } },
        cookies: { keys: ['mukana-tests-cookie-key'] },
        pkce: { required: () => true },
      })
      server.on('request', provider.callback())
    },
    close: () => server.close(),
  }
}
