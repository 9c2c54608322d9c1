import { cacheExchange, Client, fetchExchange, mapExchange } from '@urql/core'
import { session, signOut } from './session'

/**
 * The GraphQL client: the session's bearer token on every request; a token the server no longer
 * accepts (expired, or the server restarted with a new secret) ends the session.
 */
export function createApiClient(url = '/graphql'): Client {
  return new Client({
    url,
    exchanges: [
      mapExchange({
        onResult(result) {
          if (session.token && result.error?.graphQLErrors.some((e) => e.extensions?.code === 'auth/unauthenticated')) signOut()
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
    fetchOptions: (): RequestInit => ({ headers: session.token ? { authorization: `Bearer ${session.token}` } : {} }),
    requestPolicy: 'cache-and-network',
    // POST always: Apollo refuses GET queries without a CSRF preflight header.
    preferGetMethod: false,
  })
}
