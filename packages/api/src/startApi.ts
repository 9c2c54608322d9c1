import 'reflect-metadata'
import { ApolloServer } from '@apollo/server'
import { startStandaloneServer } from '@apollo/server/standalone'
import { buildApiSchema } from './graphql/buildApiSchema.js'
import { maskUnexpected } from './graphql/maskUnexpected.js'
import { createLoaders } from './graphql/loaders.js'
import { userFromToken } from './modules/user/user.service.js'
import { Tokens } from './modules/user/tokens.js'
import { OidcVerifier, type OidcOptions } from './modules/user/OidcVerifier.js'
import type { Context } from './graphql/context.js'
import type { Database } from './db/openDatabase.js'

export interface RunningApi {
  url: string
  stop(): Promise<void>
}

/** Serves the API over HTTP on `port` (0: any free port); `oidc` also admits the city's login tokens. */
export async function startApi(orm: Database, options: { port: number; tokenSecret: string; oidc?: OidcOptions }): Promise<RunningApi> {
  const tokens = new Tokens(options.tokenSecret)
  const oidc = options.oidc ? new OidcVerifier(options.oidc) : undefined
  const server = new ApolloServer<Context>({
    schema: await buildApiSchema(),
    includeStacktraceInErrorResponses: false,
    formatError: maskUnexpected,
  })
  const { url } = await startStandaloneServer(server, {
    listen: { port: options.port },
    context: async ({ req }) => {
      const em = orm.em.fork()
      return { em, loaders: createLoaders(em), tokens, user: await userFromToken(em, tokens, req.headers.authorization, oidc) }
    },
  })
  return { url, stop: () => server.stop() }
}
