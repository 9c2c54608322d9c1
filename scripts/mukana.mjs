#!/usr/bin/env node
/**
 * What `npm start` and `npm test` run: on first use (or after the lockfile changes) it installs pnpm and
 * the workspace's dependencies, so that a machine with only Node and npm needs nothing else.
 *
 *   node scripts/mukana.mjs start   the platform with demo data (SQLite in ./mukana.sqlite unless DATABASE_URL is set)
 *   node scripts/mukana.mjs test    typecheck, lint and every test
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const PNPM = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).packageManager // "pnpm@10.34.9"
const PNPM_VERSION = PNPM.split('@')[1]

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', ...options })
  if (result.error) throw result.error
  return result.status ?? 1
}

function output(command, args) {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8' })
  return result.status === 0 ? result.stdout.trim() : null
}

/** pnpm of the pinned major version: the one on PATH, else installed globally, else through npx. */
function pnpm() {
  const major = PNPM_VERSION.split('.')[0]
  if (output('pnpm', ['--version'])?.startsWith(`${major}.`)) return ['pnpm']
  console.log(`mukana: installing ${PNPM} (npm install -g)`)
  if (run('npm', ['install', '--global', '--silent', PNPM]) === 0 && output('pnpm', ['--version'])?.startsWith(`${major}.`)) return ['pnpm']
  console.log(`mukana: could not install pnpm globally; using npx ${PNPM}`)
  return ['npx', '--yes', PNPM]
}

function install(pnpmCommand) {
  const marker = join(ROOT, 'node_modules', '.modules.yaml')
  const lock = join(ROOT, 'pnpm-lock.yaml')
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return 0
  console.log('mukana: installing dependencies (pnpm install --frozen-lockfile)')
  const [command, ...args] = pnpmCommand
  return run(command, [...args, 'install', '--frozen-lockfile'])
}

/**
 * The browser tests drive Debian's Chromium (Playwright cannot download browsers here). Installs it
 * where it is missing and this is a Debian machine we may administer; else says what to do (the
 * browser tests then fail naming the missing browser).
 */
function ensureChromium() {
  const chromium = process.env.MUKANA_CHROMIUM ?? '/usr/bin/chromium'
  // The pupils' page draws hobbies with emoji: without a colour emoji font the screenshots show empty boxes.
  const emoji = '/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf'
  if (existsSync(chromium) && (process.env.MUKANA_CHROMIUM || existsSync(emoji))) return
  const root = typeof process.getuid === 'function' && process.getuid() === 0
  if (root && output('apt-get', ['--version'])) {
    console.log('mukana: installing Chromium and an emoji font for the browser tests (apt-get install chromium fonts-noto-color-emoji)')
    const apt = { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }
    const install = ['install', '-y', '-qq', 'chromium', 'fonts-noto-color-emoji']
    if (run('apt-get', install, apt) === 0) return
    if (run('apt-get', ['update', '-qq'], apt) === 0 && run('apt-get', install, apt) === 0) return
  }
  console.warn(`mukana: no Chromium at ${chromium}; install it (Debian: apt-get install chromium) or set MUKANA_CHROMIUM to one`)
}

const task = process.argv[2]
if (task !== 'start' && task !== 'test') {
  console.error('usage: node scripts/mukana.mjs start|test')
  process.exit(2)
}
const pnpmCommand = pnpm()
const [command, ...prefix] = pnpmCommand
let status = install(pnpmCommand)
if (status === 0 && task === 'start') {
  const env = { ...process.env, MUKANA_SQLITE: process.env.MUKANA_SQLITE ?? join(ROOT, 'mukana.sqlite') }
  // The web app is built fresh each time (a second or two), then served by the API on one port.
  status = run(command, [...prefix, '--filter', '@mukana/web', 'run', '--silent', 'build', '--logLevel', 'warn'])
  if (status === 0) status = run(command, [...prefix, '--filter', '@mukana/api', 'run', '--silent', 'start'], { env })
}
if (status === 0 && task === 'test') {
  ensureChromium()
  status = run(command, [...prefix, 'run', '--silent', 'check'])
}
process.exit(status)
