import { cacheExchange, Client, fetchExchange, mapExchange } from '@urql/core'
import { session, signOut } from './session'

/**
 * The GraphQL client. The browser sends the session cookie itself (same origin); a session the server
 * no longer accepts (expired, or the server restarted with a new secret) ends the login in the page.
 */
export function createApiClient(url = '/graphql'): Client {
  return new Client({
    url,
    exchanges: [
      mapExchange({
        onResult(result) {
          if (session.user && result.error?.graphQLErrors.some((e) => e.extensions?.code === 'auth/unauthenticated')) signOut()
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
    requestPolicy: 'cache-and-network',
    // POST always: Apollo refuses GET queries without a CSRF preflight header.
    preferGetMethod: false,
  })
}
