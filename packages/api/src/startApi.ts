import 'reflect-metadata'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import { ApolloServer, HeaderMap } from '@apollo/server'
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer'
import depthLimit from 'graphql-depth-limit'
import { buildApiSchema } from './graphql/buildApiSchema.js'
import { maxAliases } from './graphql/maxAliases.js'
import { maskUnexpected } from './graphql/maskUnexpected.js'
import { createLoaders } from './modules/index.js'
import { HttpError } from './http/HttpError.js'
import { readJsonBody } from './http/readJsonBody.js'
import { serveStatic } from './http/serveStatic.js'
import { CALENDAR_PATH, serveCalendar } from './modules/hobby/calendar/serveCalendar.js'
import { userFromToken } from './modules/people/user/user.service.js'
import { Tokens } from './modules/people/user/tokens.js'
import { OidcVerifier, type OidcOptions } from './modules/people/user/OidcVerifier.js'
import type { Context } from './graphql/context.js'
import type { Database } from './db/openDatabase.js'

export interface RunningApi {
  /** Where GraphQL answers: `<origin>/graphql`. */
  url: string
  origin: string
  stop(): Promise<void>
}

/** Far above what the web app sends (its largest operation has a few hundred tokens, depth 6, no aliases). */
const MAX_TOKENS = 5_000
const MAX_DEPTH = 10
const MAX_ALIASES = 20

export interface ApiOptions {
  /** 0: any free port. */
  port: number
  tokenSecret: string
  /** Also admit the city's login tokens. */
  oidc?: OidcOptions
  /** The built web app to serve at every path but /graphql and /calendar. */
  webRoot?: string
  /**
   * A service with real people's data: the schema is not handed out (no introspection) and refusals of
   * malformed queries do not suggest field names ("Did you mean …?"). The demo keeps both, for developers.
   */
  production?: boolean
}

/**
 * Serves, on one port: GraphQL at /graphql, each child's hobby calendar at /calendar/<feed token>.ics,
 * and the web app everywhere else.
 */
export async function startApi(orm: Database, options: ApiOptions): Promise<RunningApi> {
  const tokens = new Tokens(options.tokenSecret)
  const oidc = options.oidc ? new OidcVerifier(options.oidc) : undefined
  const webRoot = options.webRoot ? resolve(options.webRoot) : undefined
  const server = new ApolloServer<Context>({
    schema: await buildApiSchema(),
    includeStacktraceInErrorResponses: false,
    // Limits on what one request may ask, each refused with 400 before anything runs.
    parseOptions: { maxTokens: MAX_TOKENS },
    validationRules: [depthLimit(MAX_DEPTH), maxAliases(MAX_ALIASES)],
    introspection: !options.production,
    hideSchemaDetailsFromClientErrors: Boolean(options.production),
    formatError: maskUnexpected,
  })

  async function graphql(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const headers = new HeaderMap()
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value)
    }
    const method = (req.method ?? 'GET').toUpperCase()
    const body = method === 'POST' ? await readJsonBody(req) : undefined
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method, headers, search: url.search, body },
      context: async () => {
        const em = orm.em.fork()
        return { em, loaders: createLoaders(em), tokens, user: await userFromToken(em, tokens, req.headers.authorization, oidc) }
      },
    })
    for (const [key, value] of response.headers) res.setHeader(key, value)
    res.statusCode = response.status ?? 200
    if (response.body.kind === 'complete') return void res.end(response.body.string)
    for await (const chunk of response.body.asyncIterator) res.write(chunk)
    res.end()
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost')
    if (url.pathname === '/graphql') return graphql(req, res, url)
    if (url.pathname.startsWith(CALENDAR_PATH)) return serveCalendar(orm.em.fork(), tokens, url.pathname, res)
    if (webRoot && (req.method === 'GET' || req.method === 'HEAD')) return serveStatic(webRoot, url.pathname, req, res)
    throw new HttpError(404, `Nothing at ${url.pathname}; GraphQL is at /graphql.`)
  }

  const httpServer = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500
      if (status === 500) console.error('mukana: request failed', error)
      if (res.headersSent) return void res.destroy()
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' })
      res.end(error instanceof HttpError ? error.message : 'Something went wrong on the server.')
    })
  })
  server.addPlugin(ApolloServerPluginDrainHttpServer({ httpServer }))
  await server.start()
  await new Promise<void>((done) => httpServer.listen(options.port, done))
  const { port } = httpServer.address() as AddressInfo
  const origin = `http://localhost:${port}`
  return { url: `${origin}/graphql`, origin, stop: () => server.stop() }
}
