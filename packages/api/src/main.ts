/**
 * Starts the API: SQLite in ./mukana.sqlite by default (created, brought up to date and filled with the
 * Kontula demo data on first start), or PostgreSQL when DATABASE_URL=postgres://… is set, which starts
 * empty for a city's real use (see settings.ts). MUKANA_WORKERS=N runs N API processes on one port.
 */
import 'reflect-metadata'
import cluster from 'node:cluster'
import { readSettings, SettingsError, type Settings } from './settings.js'
import { prepareDatabase } from './process/prepareDatabase.js'
import { forkWorkers } from './process/forkWorkers.js'
import { serve } from './process/serve.js'
import { openDatabase } from './db/openDatabase.js'

let settings: Settings
try {
  settings = readSettings(process.env)
} catch (error) {
  if (!(error instanceof SettingsError)) throw error
  console.error(`mukana: ${error.message}`)
  process.exit(1)
}
const databaseUrl = process.env.DATABASE_URL
const sqlitePath = process.env.MUKANA_SQLITE ?? 'mukana.sqlite'
if (cluster.isPrimary) for (const warning of settings.warnings) console.warn(`mukana: warning: ${warning}`)
if (cluster.isPrimary && settings.workers > 1) {
  // The schema and the demo data once, before the workers start serving.
  await (await prepareDatabase(settings, databaseUrl, sqlitePath)).close()
  forkWorkers(settings)
} else {
  const orm = cluster.isPrimary
    ? await prepareDatabase(settings, databaseUrl, sqlitePath)
    : await openDatabase({ databaseUrl, sqlitePath, pool: settings.databasePool, migrate: false })
  await serve(settings, orm, databaseUrl)
}
