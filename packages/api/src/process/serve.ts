/**
 * One API process: GraphQL, the web app and the background jobs, on a database already brought up to
 * date. Under MUKANA_WORKERS several of these run side by side (forkWorkers.ts); nothing one of them
 * holds in memory needs to agree with the others (sessions are signed tokens, throttles and jobs live
 * in the database).
 */
import cluster from 'node:cluster'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { SettingsError, type Settings } from '../settings.js'
import { channelsFromEnv, Outbox } from '../messages/index.js'
import { startJobs } from '../jobs/index.js'
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../seed/seedKontula.js'
import { startApi } from '../startApi.js'
import type { Database } from '../db/openDatabase.js'

export async function serve(settings: Settings, orm: Database, databaseUrl: string | undefined): Promise<void> {
  const { MUKANA_OIDC_ISSUER: issuer, MUKANA_OIDC_AUDIENCE: audience, MUKANA_OIDC_JWKS_URL: jwksUrl } = process.env
  const oidc = issuer && audience && jwksUrl ? { issuer, audience, jwksUrl } : undefined
  // The web app's sign-in with the city's login: the same provider, this service as its client.
  const { MUKANA_OIDC_CLIENT_ID: clientId, MUKANA_OIDC_CLIENT_SECRET: clientSecret, MUKANA_PUBLIC_URL: publicUrl } = process.env
  const cityLoginOptions = issuer && clientId ? { issuer, clientId, clientSecret, publicUrl, allowHttp: issuer.startsWith('http:') } : undefined
  // The city's GDPR API, for the profile service: on when its issuer, keys and audience are given.
  const env = process.env
  const gdpr =
    env.MUKANA_GDPR_ISSUER && env.MUKANA_GDPR_JWKS_URL && env.MUKANA_GDPR_AUDIENCE
      ? {
          issuer: env.MUKANA_GDPR_ISSUER,
          jwksUrl: env.MUKANA_GDPR_JWKS_URL,
          audience: env.MUKANA_GDPR_AUDIENCE,
          authorizationField: env.MUKANA_GDPR_AUTHORIZATION_FIELD ?? 'https://api.hel.fi/auth',
          queryScope: env.MUKANA_GDPR_QUERY_SCOPE ?? 'mukana.gdprquery',
          deleteScope: env.MUKANA_GDPR_DELETE_SCOPE ?? 'mukana.gdprdelete',
        }
      : undefined
  // The web app as built by `pnpm --filter @mukana/web build`, unless MUKANA_WEB_ROOT names another folder.
  const builtWeb = fileURLToPath(new URL('../../../web/dist', import.meta.url))
  const webRoot = process.env.MUKANA_WEB_ROOT ?? (existsSync(builtWeb) ? builtWeb : undefined)
  // Outside the demo, the schema stays private.
  const production = !settings.demo
  // Behind the city's reverse proxy, its X-Forwarded-For names the client (for the rate limits): "true", or the proxy's address.
  const trust = process.env.MUKANA_TRUST_PROXY
  const trustProxy = trust === undefined || trust === '' || trust === 'false' ? false : trust === 'true' ? true : trust
  const port = Number(process.env.PORT ?? 4000)
  const researchKey = process.env.MUKANA_RESEARCH_KEY
  // Staff who see children's data may be required to sign in strongly: the accepted levels and methods of the city's login.
  const list = (value: string | undefined) =>
    (value ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean)
  const strong = { loa: list(process.env.MUKANA_STAFF_ACCEPTED_LOA), amr: list(process.env.MUKANA_STAFF_ACCEPTED_AMR) }
  const staffStrongAuth = strong.loa.length || strong.amr.length ? strong : undefined
  // Messages: links into the app at its public address; channels from MUKANA_SMTP_URL and MUKANA_SMS_*.
  let messageChannels: ReturnType<typeof channelsFromEnv>
  try {
    messageChannels = channelsFromEnv(process.env, settings.demo)
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error
    console.error(`mukana: ${error.message}`)
    process.exit(1)
  }
  const { channels, warnings: channelWarnings } = messageChannels
  const first = cluster.isPrimary || cluster.worker?.id === 1
  if (first) for (const warning of channelWarnings) console.warn(`mukana: warning: ${warning}`)
  const outbox = new Outbox({
    publicUrl: publicUrl ?? `http://localhost:${port}`,
    tokenSecret: settings.tokenSecret,
    channels,
  })
  // Background work (sending, offers lapsing, reminders, retention): pg-boss on PostgreSQL, in this process on SQLite.
  const jobs = await startJobs(orm, outbox, { databaseUrl })
  const api = await startApi(orm, {
    port,
    tokenSecret: settings.tokenSecret,
    requestsPerMinute: settings.requestsPerMinute,
    oidc,
    cityLogin: cityLoginOptions,
    staffStrongAuth,
    gdpr,
    researchKey,
    webRoot,
    production,
    trustProxy,
    outbox,
    jobs,
  }).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EADDRINUSE') throw error
    await jobs.stop()
    // Under MUKANA_WORKERS each process hears of the busy port: the first says it.
    if (first) console.error(`mukana: port ${port} is already in use (another Mukana?); stop it or start with PORT=<another port>`)
    await orm.close()
    process.exit(1)
  })
  if (cluster.isPrimary)
    console.log(`mukana: ${webRoot ? `the web app on ${api.origin}, ` : ''}GraphQL on ${api.url} (${databaseUrl ? 'PostgreSQL' : 'SQLite'})`)
  if (settings.demo && cluster.isPrimary)
    console.log(`mukana: demo accounts (password "${DEMO_PASSWORD}"): ${DEMO_ACCOUNTS.map((a) => `${a.role} ${a.email}`).join(', ')}`)

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, async () => {
      await api.stop()
      await jobs.stop()
      await outbox.close()
      await orm.close()
      process.exit(0)
    })
  }
}
