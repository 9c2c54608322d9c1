/**
 * Starts the API: SQLite in ./mukana.sqlite by default (created, brought up to date and filled with the
 * Kontula demo data on first start), or PostgreSQL when DATABASE_URL=postgres://… is set, which starts
 * empty for a city's real use (see settings.ts).
 */
import 'reflect-metadata'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { AreaEntity } from './modules/people/area/area.entity.js'
import { UserEntity } from './modules/people/user/user.entity.js'
import { readSettings, SettingsError, type Settings } from './settings.js'
import { channelsFromEnv, Outbox } from './messages/index.js'
import { startJobs } from './jobs/index.js'
import { DEMO_ACCOUNTS, DEMO_PASSWORD, openDatabase, seedGodchildren, seedKontula, startApi } from './index.js'

let settings: Settings
try {
  settings = readSettings(process.env)
} catch (error) {
  if (!(error instanceof SettingsError)) throw error
  console.error(`mukana: ${error.message}`)
  process.exit(1)
}
for (const warning of settings.warnings) console.warn(`mukana: warning: ${warning}`)
const { demo, tokenSecret } = settings
const databaseUrl = process.env.DATABASE_URL
const orm = await openDatabase({ databaseUrl, sqlitePath: process.env.MUKANA_SQLITE ?? 'mukana.sqlite' })
if (demo && (await orm.em.fork().count(AreaEntity)) === 0) {
  await seedKontula(orm.em.fork())
  await seedGodchildren(orm.em.fork(), 300)
  console.log('mukana: filled the database with the demo data (Kontula hobbies; culture godchildren 2020–2026)')
}
if (!demo && (await orm.em.fork().count(UserEntity, { role: 'admin' })) === 0) {
  console.log('mukana: no administrator yet: make the first with `pnpm -s admin create-admin --email <address>`')
}
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
const builtWeb = fileURLToPath(new URL('../../web/dist', import.meta.url))
const webRoot = process.env.MUKANA_WEB_ROOT ?? (existsSync(builtWeb) ? builtWeb : undefined)
// Outside the demo, the schema stays private.
const production = !demo
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
  messageChannels = channelsFromEnv(process.env, demo)
} catch (error) {
  if (!(error instanceof SettingsError)) throw error
  console.error(`mukana: ${error.message}`)
  process.exit(1)
}
const { channels, warnings: channelWarnings } = messageChannels
for (const warning of channelWarnings) console.warn(`mukana: warning: ${warning}`)
const outbox = new Outbox({
  publicUrl: publicUrl ?? `http://localhost:${port}`,
  tokenSecret,
  channels,
})
// Background work (sending, offers lapsing, reminders, retention): pg-boss on PostgreSQL, in this process on SQLite.
const jobs = await startJobs(orm, outbox, { databaseUrl })
const api = await startApi(orm, {
  port,
  tokenSecret,
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
  console.error(`mukana: port ${port} is already in use (another Mukana?); stop it or start with PORT=<another port>`)
  await orm.close()
  process.exit(1)
})
console.log(`mukana: ${webRoot ? `the web app on ${api.origin}, ` : ''}GraphQL on ${api.url} (${databaseUrl ? 'PostgreSQL' : 'SQLite'})`)
if (demo) console.log(`mukana: demo accounts (password "${DEMO_PASSWORD}"): ${DEMO_ACCOUNTS.map((a) => `${a.role} ${a.email}`).join(', ')}`)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    await api.stop()
    await jobs.stop()
    await outbox.close()
    await orm.close()
    process.exit(0)
  })
}
