/** Test vocabulary for the browser tests: Debian's Chromium driven by playwright-core, axe on every page, screenshots. */
import { createRequire } from 'node:module'
import { randomBytes } from 'node:crypto'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect } from 'vitest'
import { chromium, type Browser, type Page } from 'playwright-core'
import { folderChannel, openDatabase, Outbox, seedKontula, startApi, startJobs, type CityLoginOptions, type Database } from '@mukana/api'

const CHROMIUM = process.env.MUKANA_CHROMIUM ?? '/usr/bin/chromium'
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
const ROOT = join(import.meta.dirname, '..', '..')
const WEB = join(ROOT, 'packages', 'web', 'dist')
/**
 * Where the browser runs leave screenshots, if anywhere: `pnpm screenshots` sets MUKANA_SCREENSHOTS to
 * docs/screenshots to refresh the committed ones. `npm test` takes none (full-page PNGs cost a run many
 * seconds of CPU) and so leaves the working tree clean.
 */
export const SCREENSHOTS = process.env.MUKANA_SCREENSHOTS ? join(ROOT, process.env.MUKANA_SCREENSHOTS) : null

async function screenshot(page: Page, file: string): Promise<void> {
  if (!SCREENSHOTS) return
  mkdirSync(SCREENSHOTS, { recursive: true })
  await page.screenshot({ path: join(SCREENSHOTS, file), fullPage: true })
}

export interface RunningApp {
  orm: Database
  origin: string
  /** Where the app's messages are written (the demo's mukana-outbox/). */
  outboxDir: string
  /** The questions the app asked (window.confirm), each answered yes. */
  dialogs: string[]
  page: Page
  close(): Promise<void>
}

/**
 * The built web app served by the real API on a fresh SQLite database with the demo data (or `empty`, as a
 * city starts in production), and a
 * Finnish browser page on it (native date fields then read 23.11.2026, as a family here sees them).
 */
export async function startApp({ empty = false, cityLogin }: { empty?: boolean; cityLogin?: CityLoginOptions } = {}): Promise<RunningApp> {
  if (!existsSync(join(WEB, 'index.html'))) {
    const built = spawnSync('pnpm', ['--filter', '@mukana/web', 'run', 'build'], { cwd: ROOT, stdio: 'inherit' })
    if (built.status !== 0) throw new Error('the web app did not build (pnpm --filter @mukana/web run build)')
  }
  const sqlitePath = join(tmpdir(), `mukana-e2e-${randomBytes(4).toString('hex')}.sqlite`)
  const orm = await openDatabase({ sqlitePath })
  if (!empty) await seedKontula(orm.em.fork())
  // As in the demo: messages are written to a folder, by the jobs running in this process.
  const outboxDir = join(tmpdir(), `mukana-e2e-outbox-${randomBytes(4).toString('hex')}`)
  const tokenSecret = randomBytes(32).toString('hex')
  const outbox = new Outbox({ publicUrl: 'http://localhost', tokenSecret, channels: { email: folderChannel(outboxDir), sms: folderChannel(outboxDir) } })
  const jobs = await startJobs(orm, outbox)
  // Several roles' walks run from this one address, quicker than people click.
  const api = await startApi(orm, {
    port: 0,
    tokenSecret,
    webRoot: WEB,
    outbox,
    jobs,
    requestsPerMinute: 10_000,
    production: empty,
    cityLogin,
  })
  const browser = await launchBrowser()
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'fi-FI', timezoneId: 'Europe/Helsinki' })
  page.setDefaultTimeout(15_000)
  page.on('pageerror', (error) => console.error('page error:', error.message))
  // The app asks before anything it cannot undo: the walk answers yes, and keeps the questions to read.
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.accept()
  })
  // The server's Content-Security-Policy must let the whole app run: Chromium reports each refusal on the console.
  const violations: string[] = []
  cspViolations.set(page, violations)
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  return {
    orm,
    outboxDir,
    dialogs,
    origin: api.origin,
    page,
    async close() {
      await browser.close()
      await api.stop()
      await jobs.stop()
      await orm.close()
      rmSync(sqlitePath, { force: true })
      rmSync(outboxDir, { recursive: true, force: true })
    },
  }
}

function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`The browser tests need Chromium at ${CHROMIUM} (Debian: apt-get install chromium; or set MUKANA_CHROMIUM).`)
  return chromium.launch({
    executablePath: CHROMIUM,
    // As root in CI, and on a machine whose network is closed.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/** Polls until the expectation holds, for up to 15 s: pages update after their requests answer. */
export function eventually<T>(value: () => T | Promise<T>) {
  return expect.poll(value, { timeout: 15_000, interval: 100 })
}

/** Logs in from the login page (Finnish, the default language) and waits for the role's start page. */
export async function logIn(page: Page, origin: string, email: string, home: string): Promise<void> {
  await page.goto(origin + '/')
  await page.evaluate(() => localStorage.clear())
  await page.goto(origin + '/')
  await page.getByLabel(/^Sähköposti\*?$/).fill(email)
  await page.getByLabel('Salasana').fill('mukana-demo')
  await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click()
  await page.waitForURL(origin + home)
}

const cspViolations = new WeakMap<Page, string[]>()

/** axe finds no WCAG 2.1 A/AA violation on the page as it is now, and the page broke no CSP rule so far. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  expect(cspViolations.get(page) ?? [], `CSP violations by ${where}`).toEqual([])
  // Evaluated through the debugging protocol, not as a <script> tag, which the page's CSP rightly refuses.
  await page.evaluate(AXE_SOURCE)
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }
    ).axe
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  })
  expect(violations, `axe on ${where}`).toEqual([])
}

/**
 * Screenshots of the page in Finnish, Swedish and English (switched with the page's own language buttons;
 * axe checks each), the Finnish and Swedish also on a 390 px phone, then back to Finnish.
 */
export async function screenshotBothLanguages(page: Page, name: string): Promise<void> {
  const size = page.viewportSize()
  const phone = async (file: string) => {
    if (!SCREENSHOTS || !size || size.width <= 390) return
    await page.setViewportSize({ width: 390, height: 844 })
    await screenshot(page, file)
    await page.setViewportSize(size)
  }
  await screenshot(page, `${name}-fi.png`)
  await phone(`${name}-phone-fi.png`)
  for (const [language, button] of [
    ['sv', 'Svenska'],
    ['en', 'English'],
  ] as const) {
    await page.getByRole('button', { name: button }).click()
    await eventually(() => page.evaluate(() => document.documentElement.lang)).toBe(language)
    await expectAccessible(page, `${name} in ${button}`)
    await screenshot(page, `${name}-${language}.png`)
    if (language === 'sv') await phone(`${name}-phone-sv.png`)
  }
  await page.getByRole('button', { name: 'Suomi' }).click()
}

/** Ticks a checkbox or radio button by its label, as a person does (HDS draws its own box over the input). */
export async function tick(page: Page, label: string): Promise<void> {
  await page.locator('label', { hasText: label }).click()
}
