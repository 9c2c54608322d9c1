/**
 * Culture godchildren in a real browser on a fresh database: a guardian registers a child born in 2020
 * (the orchestra's cohort), the coordinator assigns the cohort to its tracks, the orchestra publishes an event, the
 * family enrols and gets a QR ticket, and the orchestra checks it in at the door. axe on every page.
 */
import { OccurrenceEntity } from '../../packages/api/src/modules/culture/cultureEvent/cultureEvent.entity'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { eventually, expectAccessible, logIn, screenshotBothLanguages, startApp, type RunningApp } from './browser'

describe('culture godchildren in Chromium', () => {
  let app: RunningApp
  let page: Page
  let origin: string
  let ticket: string

  beforeAll(async () => {
    app = await startApp()
    page = app.page
    origin = app.origin
  }, 120_000)
  afterAll(() => app?.close())

  it('lets a guardian register a child born in a covered year (the form offers only those)', async () => {
    await logIn(page, origin, 'guardian@mukana.test', '/guardian')
    await page.getByRole('link', { name: 'Kulttuurin kummilapset' }).click()
    await page.getByRole('heading', { name: 'Rekisteröi lapsi' }).waitFor()
    await expectAccessible(page, 'the culture page, no children yet')
    await page.getByLabel('Etunimi').fill('Venla')
    await page.getByLabel('Syntymävuosi').selectOption('2020')
    await page.getByLabel('Kotipiiri').selectOption('Kontula')
    await page.getByLabel('1. toive').selectOption({ label: 'Musiikki' })
    await page.getByRole('button', { name: 'Rekisteröi', exact: true }).click()
    await eventually(() => page.getByRole('heading', { name: 'Venla (2020)' }).count()).toBe(1)
    await eventually(() => page.getByText('Polkua jaetaan.').count()).toBe(1)
  })

  it('lets the coordinator assign the cohort to its tracks', async () => {
    await logIn(page, origin, 'coordinator@mukana.test', '/coordinator')
    await page.getByRole('link', { name: /Kulttuurin kummilapset: ikäluokat ja polut/ }).click()
    await page.getByLabel('Ikäluokka (syntymävuosi)').selectOption({ label: '2020 – Helsingin kaupunginorkesteri' })
    // A cohort may be split over several tracks: the coordinator adds a Swedish theatre track.
    await page.getByLabel('Laitos').selectOption({ label: 'Svenska Teatern' })
    await page.getByLabel(/^Paikat/).fill('50')
    await page.getByRole('button', { name: 'Lisää polku' }).click()
    await eventually(() => page.getByRole('row', { name: /Svenska Teatern/ }).textContent()).toContain('0 / 50')
    await page.getByRole('button', { name: 'Jaa rekisteröityneet lapset' }).click()
    await eventually(() => page.getByRole('status').filter({ hasText: 'Jaettu: 1 sijoitettu, 0 ilman tilaa.' }).count()).toBe(1)
    await eventually(() => page.getByRole('row', { name: /Helsingin kaupunginorkesteri/ }).textContent()).toContain('1 / 400')
    await expectAccessible(page, 'the cohorts and tracks')
    await screenshotBothLanguages(page, 'coordinator-culture')
  })

  it('lets the orchestra publish an event for its godchildren', async () => {
    await logIn(page, origin, 'institution@mukana.test', '/institution')
    await page.getByLabel(/^Nimi\*?$/).fill('Satukonsertti')
    await page.getByLabel('Alkaa').fill(new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10) + 'T10:00')
    await page.getByLabel('Paikka', { exact: false }).first().fill('Musiikkitalo')
    await page.getByLabel('Paikat (lapset ja aikuiset)').fill('4')
    await page.getByRole('button', { name: 'Julkaise', exact: true }).click()
    await eventually(() => page.getByRole('heading', { name: /Satukonsertti/ }).count()).toBe(1)
    await expectAccessible(page, 'the institution page')
  })

  it('lets the family enrol and shows the ticket as a QR code', async () => {
    await logIn(page, origin, 'guardian@mukana.test', '/guardian')
    await page.getByRole('link', { name: 'Kulttuurin kummilapset' }).click()
    await eventually(() => page.getByText('kumppanina Helsingin kaupunginorkesteri seitsemän vuoden ajan').count()).toBe(1)
    await page.getByRole('heading', { name: 'Satukonsertti' }).waitFor()
    await page.getByLabel('Mukaan tulevat aikuiset').selectOption({ label: 'Lapsi ja 2 aikuista' })
    await page.getByRole('button', { name: /^Ilmoittaudu: Venla/ }).click()
    await eventually(() => page.getByRole('status').filter({ hasText: 'Ilmoittauduttu. Lippu on alla.' }).count()).toBe(1)
    await page.locator('.ticket__qr svg').waitFor()
    ticket = (await page.locator('.ticket__code').textContent())!.trim()
    expect(ticket).toMatch(/^[A-Z0-9_-]{8}$/)
    // Four places, three taken: not room for another family of two.
    await eventually(() => page.getByText('1 paikkaa jäljellä').count()).toBe(1)
    await expectAccessible(page, 'the culture page with a ticket')
    await screenshotBothLanguages(page, 'guardian-culture')
  })

  it('lets the orchestra check the ticket in at the door, once', async () => {
    await logIn(page, origin, 'institution@mukana.test', '/institution')
    // The concert is days away: its ticket is refused today.
    await page.getByLabel('Lipun koodi').fill(ticket)
    await page.getByRole('button', { name: 'Tarkasta' }).click()
    await eventually(async () => (await page.getByRole('alert').allTextContents()).join(' ')).toContain('Lippu on toiselle päivälle.')
    // On the day of the concert it checks in, naming the child, the event and the time.
    const em = app.orm.em.fork()
    const concert = await em.find(OccurrenceEntity, { event: { name: 'Satukonsertti' } })
    await em.nativeUpdate(OccurrenceEntity, { id: { $in: concert.map((o) => o.id) } }, { startsAt: new Date() })
    await page.getByLabel('Lipun koodi').fill(ticket)
    await page.getByRole('button', { name: 'Tarkasta' }).click()
    await eventually(() =>
      page
        .getByRole('status')
        .filter({ hasText: /Tarkastettu: Venla, Satukonsertti, .*klo.*Aikuisia mukana: 2/ })
        .count(),
    ).toBe(1)
    await page.getByLabel('Lipun koodi').fill(ticket)
    await page.getByRole('button', { name: 'Tarkasta' }).click()
    await eventually(() => page.getByRole('alert').textContent()).toContain('Lippu on jo käytetty.')
    await page.getByRole('button', { name: /^Ketkä tulevat/ }).click()
    await eventually(() => page.locator('.roster-list').textContent()).toMatch(/Venla, lapsi ja 2 aikuista\s*saapunut/)
    await expectAccessible(page, 'the institution page after check-in')
    await screenshotBothLanguages(page, 'institution')
  })
})
