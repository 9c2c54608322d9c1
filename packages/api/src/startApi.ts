import 'reflect-metadata'
import { createHmac } from 'node:crypto'
import { resolve } from 'node:path'
import { ApolloServer } from '@apollo/server'
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled'
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify'
import fastifyCompress from '@fastify/compress'
import fastifyCookie from '@fastify/cookie'
import fastifyRateLimit from '@fastify/rate-limit'
import Fastify from 'fastify'
import depthLimit from 'graphql-depth-limit'
import { buildApiSchema } from './graphql/buildApiSchema.js'
import { maxAliases } from './graphql/maxAliases.js'
import { MAX_COST, maxCost } from './graphql/maxCost.js'
import { maskUnexpected } from './graphql/maskUnexpected.js'
import { neverCached } from './graphql/neverCached.js'
import { createLoaders, createSharedLoaders } from './modules/index.js'
import { addSecurityHeaders } from './http/securityHeaders.js'
import { rateLimitKeys } from './http/rateLimitKeys.js'
import { requestSessions } from './http/requestSessions.js'
import { SESSION_COOKIE, sessionCookieOptions, sessionToken } from './http/sessionCookie.js'
import { serveWebApp } from './http/serveWebApp.js'
import { CITY_LOGIN_PATH, cityLogin, type CityLoginOptions } from './http/cityLogin.js'
import { serveCalendar } from './modules/hobby/calendar/serveCalendar.js'
import { CALENDAR_PATH } from './modules/hobby/calendar/calendarFeed.service.js'
import { userFromToken } from './modules/people/user/user.service.js'
import { Tokens } from './modules/people/user/tokens.js'
import { LoginThrottle, type LoginLimits } from './modules/people/user/LoginThrottle.js'
import { PASSWORD, StrongAuthPolicy } from './modules/people/user/identification.js'
import { OidcVerifier, type OidcOptions } from './modules/people/user/OidcVerifier.js'
import type { Context } from './graphql/context.js'
import { gdprApi } from './privacy/gdprApi.js'
import { Pseudonyms } from './privacy/Pseudonyms.js'
import type { GdprOptions } from './privacy/ApiTokenVerifier.js'
import type { Database } from './db/openDatabase.js'
import { Outbox } from './messages/Outbox.js'
import { NO_JOBS } from './jobs/JobRunner.js'
import type { JobNudge } from './jobs/JobDefinition.js'
import { deliverAfterMutations } from './graphql/deliverAfterMutations.js'

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
const MAX_BODY_BYTES = 1_000_000

/** Fastify's refusals of a request, said for the people who send GraphQL by hand. */
const REFUSALS: Record<string, string> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Send GraphQL requests as application/json.',
  FST_ERR_CTP_INVALID_JSON_BODY: 'The request body is not JSON.',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'The request body is empty: send the GraphQL request as JSON.',
  FST_ERR_CTP_BODY_TOO_LARGE: `The request body is over ${MAX_BODY_BYTES} bytes.`,
}

export interface ApiOptions {
  /** 0: any free port. */
  port: number
  /** The address to listen on; all interfaces unless given. */
  host?: string
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
  /**
   * Requests one signed-in account, or else one address, may make per minute to GraphQL and the
   * calendars (default 600), answered 429 beyond. Per process: it stops floods, while the login
   * throttle, which must hold across processes, lives in the database.
   */
  requestsPerMinute?: number
  /** Behind a reverse proxy: trust its X-Forwarded-For for the client's address (Fastify's `trustProxy`). */
  trustProxy?: boolean | string
  /** Send the session cookie only over https (default: in production). */
  secureCookies?: boolean
  /** Password guessing limits (defaults: DEFAULT_LOGIN_LIMITS). */
  loginLimits?: LoginLimits
  /** The key of the research export's pseudonyms (MUKANA_RESEARCH_KEY); derived from the token secret when not given. */
  researchKey?: string
  /** Sign-in with the city's login in the web app (OpenID Connect code flow with PKCE at /auth/login); off without it. */
  cityLogin?: CityLoginOptions
  /** Staff who see children's data must sign in strongly (an accepted `loa` or `amr` of the city's login). */
  staffStrongAuth?: { loa: string[]; amr: string[] }
  /** The city's GDPR API at /gdpr-api/v1/user/<uuid>, for the profile service; off without its settings. */
  gdpr?: GdprOptions
  /** Messages: how they read and where they go (default: links to this server, no channel, so they stay queued). */
  outbox?: Outbox
  /** The background jobs, nudged after mutations (default: none; main.ts starts them). */
  jobs?: JobNudge
}

/**
 * Serves, on one port: GraphQL at /graphql, each child's hobby calendar at /calendar/<feed token>.ics,
 * and the web app everywhere else.
 */
export async function startApi(orm: Database, options: ApiOptions): Promise<RunningApi> {
  const tokens = new Tokens(options.tokenSecret)
  const loginThrottle = new LoginThrottle(options.loginLimits)
  const strongAuth = options.staffStrongAuth ? new StrongAuthPolicy(options.staffStrongAuth.loa, options.staffStrongAuth.amr) : null
  const pseudonyms = new Pseudonyms(options.researchKey ?? createHmac('sha256', options.tokenSecret).update('mukana research pseudonyms').digest('hex'))
  const oidc = options.oidc ? new OidcVerifier(options.oidc) : undefined
  const jobs = options.jobs ?? NO_JOBS
  // Shared by the requests: what many ask at once is read or written in one statement.
  const shared = createSharedLoaders(() => orm.em.fork())
  // Known once the port is: the default outbox links to this server.
  let outbox = options.outbox
  const cookie = sessionCookieOptions(options.secureCookies ?? Boolean(options.production))
  // A forged calendar address may be long (a pasted session token): it gets a 404 like any other, not 414.
  const app = Fastify({ bodyLimit: MAX_BODY_BYTES, trustProxy: options.trustProxy ?? false, logger: false, routerOptions: { maxParamLength: 2000 } })
  const sessions = requestSessions(app, tokens)
  // GraphQL comes as JSON only: a text/plain body is what a cross-site form could send.
  app.removeContentTypeParser('text/plain')
  const apollo = new ApolloServer<Context>({
    schema: await buildApiSchema(),
    includeStacktraceInErrorResponses: false,
    // Limits on what one request may ask, each refused with 400 before anything runs (the cost limit is a plugin, below).
    parseOptions: { maxTokens: MAX_TOKENS },
    validationRules: [depthLimit(MAX_DEPTH), maxAliases(MAX_ALIASES)],
    introspection: !options.production,
    hideSchemaDetailsFromClientErrors: Boolean(options.production),
    formatError: maskUnexpected,
    plugins: [fastifyApolloDrainPlugin(app), maxCost(MAX_COST), deliverAfterMutations, ApolloServerPluginCacheControlDisabled(), neverCached],
  })
  await apollo.start()

  addSecurityHeaders(app)
  await app.register(fastifyCompress)
  // Signed cookies (the city login in progress) use the token secret.
  await app.register(fastifyCookie, { secret: options.tokenSecret })

  app.setErrorHandler((error: { statusCode?: number; code?: string; message: string }, _request, reply) => {
    const status = error.statusCode ?? 500
    if (status >= 500) console.error('mukana: request failed', error)
    void reply
      .code(status)
      .type('text/plain; charset=utf-8')
      .send(status >= 500 ? 'Something went wrong on the server.' : (REFUSALS[error.code ?? ''] ?? error.message))
  })

  // GraphQL and the calendars, limited per account or address; the web app's files are not counted.
  await app.register(async (api) => {
    await api.register(fastifyRateLimit, { max: options.requestsPerMinute ?? 600, timeWindow: 60_000, keyGenerator: rateLimitKeys(sessions) })
    await api.register(fastifyApollo(apollo), {
      path: '/graphql',
      context: async (request, reply): Promise<Context> => {
        const em = orm.em.fork()
        const http = {
          // Read when needed (signing in, the audit trail): it costs a system call per connection.
          get address() {
            return request.ip
          },
          setSession(token: string | null) {
            if (token) void reply.setCookie(SESSION_COOKIE, token, cookie)
            else void reply.clearCookie(SESSION_COOKIE, { ...cookie, maxAge: undefined })
          },
        }
        const session = await userFromToken(em, sessionToken(request), sessions(request), shared.accounts, oidc)
        return {
          em,
          loaders: createLoaders(em),
          tokens,
          loginThrottle,
          pseudonyms,
          cityLoginPath: options.cityLogin ? CITY_LOGIN_PATH : null,
          http,
          user: session?.user ?? null,
          identification: session?.identification ?? PASSWORD,
          strongAuth,
          outbox: outbox!,
          jobs,
          shared,
        }
      },
    })
    if (options.gdpr) await gdprApi(api, orm, options.gdpr)
    if (options.cityLogin) {
      cityLogin(
        api,
        options.cityLogin,
        () => orm.em.fork(),
        (reply, user, identification) => void reply.setCookie(SESSION_COOKIE, tokens.sign(user.id, identification), cookie),
      )
    }
    api.get(`${CALENDAR_PATH}:feed`, async (request, reply) => {
      const body = await serveCalendar(orm.em.fork(), (request.params as { feed: string }).feed)
      if (body === null) return reply.code(404).type('text/plain; charset=utf-8').send('No such calendar: the address is wrong, or it was renewed or stopped.')
      return reply.type('text/calendar; charset=utf-8').header('cache-control', 'no-cache').send(body)
    })
  })

  if (options.webRoot) await serveWebApp(app, resolve(options.webRoot))
  else app.setNotFoundHandler((request, reply) => reply.code(404).type('text/plain; charset=utf-8').send(`Nothing at ${request.url}; GraphQL is at /graphql.`))

  // A rush opens many connections at once: a queue longer than Node's 511 keeps them from being dropped and retried a second later.
  await app.listen({ port: options.port, host: options.host ?? '::', backlog: 4096 })
  const address = app.server.address()
  const port = typeof address === 'object' && address ? address.port : options.port
  const origin = `http://localhost:${port}`
  outbox ??= new Outbox({ publicUrl: origin, tokenSecret: options.tokenSecret, channels: {} })
  return {
    url: `${origin}/graphql`,
    origin,
    async stop() {
      await app.close()
      await apollo.stop()
    },
  }
}
