import type { ApolloServerPlugin } from '@apollo/server'

/**
 * GraphQL answers hold people's data: no browser or proxy may keep one (`cache-control: no-store`).
 * Apollo's own cache-control plugin, which said the same for this API (no field is cacheable), hooked
 * into every field's resolution to work it out: a few per cent of each request's time, so it is
 * disabled and this header set instead.
 */
export const neverCached: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        response.http.headers.set('cache-control', 'no-store')
      },
    }
  },
}
