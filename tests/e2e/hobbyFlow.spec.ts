/**
 * The whole hobby round in a real browser against the real API on a fresh database: a club publishes
 * a group, a teacher schedules it into the school day, a guardian and a pupil answer, the coordinator
 * runs and publishes the match, the guardian accepts and declines, the declined seat goes down the
 * waiting list, a free seat is taken directly, the club takes attendance, and the indicators change. axe checks every page visited.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { DEMO_SCHOOL_YEAR, DEMO_TERM, fillDemoAnswers } from '@mukana/api'
import { eventually, expectAccessible, logIn, screenshotBothLanguages, startApp, tick, type RunningApp } from './browser'

const CIRCUS = 'Koulupäivän sirkus'
const FOOTBALL = 'Jalkapallo, 3.–4. lk'

describe('the hobby round in Chromium', () => {
  let app: RunningApp
  let page: Page
  let origin: string
  let enrolledAfterPublish: number
  const keyFigure = async (label: string) => Number(await page.locator('.key-figures div', { hasText: label }).locator('dd').textContent())
  const childSection = (name: string) => page.locator('section.panel', { has: page.getByRole('heading', { name, level: 2 }) })

  beforeAll(async () => {
    app = await startApp()
    page = app.page
    origin = app.origin
  }, 120_000)
  afterAll(() => app?.close())

  it('shows the login page with the demo accounts, accessible', async () => {
    await page.goto(origin + '/')
    await eventually(() => page.getByRole('button', { name: /coordinator@mukana\.test/ }).count()).toBe(1)
    await expectAccessible(page, 'the login page')
    await page.getByRole('button', { name: 'Svenska' }).click()
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Logga in')
    await expectAccessible(page, 'the login page in Swedish')
    await page.getByRole('button', { name: 'Suomi' }).click()
    await screenshotBothLanguages(page, 'login')
  })

  it('lets the coordinator open a survey for the area', async () => {
    await logIn(page, origin, 'coordinator@mukana.test', '/coordinator')
    await eventually(() => page.getByText('Ei vielä kyselyitä.').count()).toBe(1)
    await expectAccessible(page, 'the coordinator, no surveys yet')
    await page.getByRole('button', { name: 'Avaa kysely' }).click()
    // The term reads as people say it, never as its code; the form offers the demo's term first.
    const [year, season] = DEMO_TERM.split('-')
    const term = `${season === 'autumn' ? 'syksy' : 'kevät'} ${year}`
    await eventually(() => page.getByRole('link', { name: `Sijoittelu ja mittarit (${term}, 3. lk)` }).count()).toBe(1)
    // The other families of the area answer too (directly in the database: they are not what this test is about).
    const surveyId = Number((await page.getByRole('link', { name: /Sijoittelu ja mittarit/ }).getAttribute('href'))?.split('/').pop())
    expect(await fillDemoAnswers(app.orm.em.fork(), surveyId, 3)).toBeGreaterThan(100)
  })

  it('lets a club publish a school-day group, with seats reserved for girls', async () => {
    await logIn(page, origin, 'club@mukana.test', '/club')
    await page.getByRole('link', { name: 'Uusi ryhmä' }).click()
    await expectAccessible(page, 'the new group form')
    await page.getByLabel(/^Nimi\*?$/).fill(CIRCUS)
    await page.getByLabel('Laji').selectOption('circus')
    await tick(page, 'Koulupäivän aikana')
    await page.getByLabel('Koulu, jolla ryhmä kokoontuu').selectOption({ label: 'Kontulan ala-aste' })
    await page.getByLabel('Paikkoja').fill('1')
    await page.getByLabel('Tytöille varatut paikat').fill('1')
    await page.getByLabel('Päivä', { exact: true }).selectOption('WED')
    await page.getByLabel('Alkaa').fill('12:45')
    await page.getByLabel('Päättyy').fill('13:30')
    await page.getByRole('button', { name: 'Julkaise ryhmä' }).click()
    await page.waitForURL(new RegExp(`^${origin}/club`))
    await eventually(() => page.getByRole('status').textContent()).toContain(`Ryhmä ${CIRCUS} on julkaistu`)
    const row = page.getByRole('row', { name: new RegExp(CIRCUS) })
    await eventually(() => row.textContent()).toContain('0 / 1')
    await eventually(() => row.textContent()).toContain('1 varattu')
  })

  it('refuses a bad group with a translated message naming the field, and stores nothing', async () => {
    await page.getByRole('link', { name: 'Uusi ryhmä' }).click()
    await page.getByLabel(/^Nimi\*?$/).fill('Liian pieni')
    await page.getByLabel(/^Paikka\*?$/).fill('Kontulan liikuntahalli')
    await page.getByLabel('Paikkoja').fill('2')
    await page.getByLabel('Tytöille varatut paikat').fill('5')
    await page.getByLabel('Päättyy').fill('12:00')
    await page.getByRole('button', { name: 'Julkaise ryhmä' }).click()
    // Each problem is told in Finnish next to its field, which is marked invalid and takes the focus.
    const reserved = page.getByLabel('Tytöille varatut paikat')
    await eventually(() => reserved.getAttribute('aria-invalid')).toBe('true')
    const reservedError = page.locator(`#${await reserved.getAttribute('aria-describedby').then((ids) => ids?.split(' ')[0])}`)
    expect(await reservedError.textContent()).toBe('Anna kokonaisluku väliltä 0–2.')
    const end = page.getByLabel('Päättyy')
    expect(await page.locator(`#${await end.getAttribute('aria-describedby')}`).textContent()).toBe('Oltava alkua myöhemmin.')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true')
    expect(await page.getByRole('alert').textContent()).toContain('Korjaa merkityt kentät.')
    expect(await page.getByRole('alert').textContent()).not.toMatch(/girlsReservedSeats|must be/)
    await expectAccessible(page, 'the group form with an error')
    await page.getByRole('link', { name: /Takaisin/ }).click()
    await eventually(() => page.getByRole('row', { name: /Liian pieni/ }).count()).toBe(0)
  })

  it('lets a teacher place the group into two classes’ timetables', async () => {
    await logIn(page, origin, 'teacher@mukana.test', '/teacher')
    await page.getByRole('button', { name: 'Sijoita luokalle 3A' }).first().waitFor()
    await expectAccessible(page, 'the teacher page')
    const circusRow = page.locator('.place-row', { hasText: CIRCUS })
    await circusRow.getByRole('button', { name: 'Sijoita luokalle 3A' }).click()
    await eventually(() => circusRow.textContent()).toContain('Lukujärjestyksessä')
    await eventually(() => page.locator('.timetable__entry--activity', { hasText: CIRCUS }).count()).toBe(1)
    await page.getByLabel('Luokka', { exact: true }).selectOption({ label: `3B (${DEMO_SCHOOL_YEAR})` })
    await circusRow.getByRole('button', { name: 'Sijoita luokalle 3B' }).click()
    await eventually(() => circusRow.textContent()).toContain('Lukujärjestyksessä')
  })

  it("warns the coordinator, in a new timetable's check, of the placed group a lesson would meet", async () => {
    await logIn(page, origin, 'coordinator@mukana.test', '/coordinator')
    await page.getByRole('link', { name: 'Tuo luokkalista tai lukujärjestys' }).click()
    await tick(page, 'Lukujärjestys: luokkien oppitunnit')
    await page.locator('#class-list-school').selectOption({ label: 'Kontulan ala-aste' })
    await page.getByLabel('Lukujärjestys (CSV)').setInputFiles({
      name: 'lukujarjestys.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Luokka;Päivä;Alkaa;Päättyy\n3A;ke;12.00;13.00\n'),
    })
    await page.getByRole('button', { name: 'Tarkista' }).click()
    await page.getByText(/Koulupäivän harrastus on jo lukujärjestyksessä/).waitFor()
    await page.getByText(`${CIRCUS}, luokka 3A:`).waitFor()
    await expectAccessible(page, 'the timetable check with a clash')
    await page.setViewportSize({ width: 390, height: 844 })
    await page.locator('#report-heading').scrollIntoViewIfNeeded()
    await screenshotBothLanguages(page, 'timetable-clash-phone')
    await page.setViewportSize({ width: 1280, height: 900 })
  })

  it('lets a guardian rank hobbies for both children, with consent', async () => {
    await logIn(page, origin, 'guardian@mukana.test', '/guardian')
    for (const [child, ranking] of [
      ['Aino', [CIRCUS]],
      ['Eino', [CIRCUS, FOOTBALL]],
    ] as const) {
      await page.getByRole('link', { name: new RegExp(`Vastaa: ${child}`) }).click()
      await page.getByRole('heading', { name: `Harrastuskysely: ${child}` }).waitFor()
      for (const name of ranking) await page.getByRole('button', { name: `Lisää ${name} valintoihin` }).click()
      await page.getByRole('button', { name: 'Lähetä vastaus' }).click()
      // Without consent nothing is sent, and the page says why at the consent box.
      await eventually(() => page.locator('#consent').getAttribute('aria-invalid')).toBe('true')
      expect(await page.locator('#consent-error').textContent()).toBe('Huoltajan suostumus tarvitaan.')
      await tick(page, 'Hyväksyn, että lapseni osallistuu')
      // Aino would take any circus group too: the activity stands for all its groups.
      if (child === 'Aino') await tick(page, 'Sirkus')
      await page.getByRole('button', { name: 'Lähetä vastaus' }).click()
      await eventually(() => page.getByRole('status').filter({ hasText: 'Vastaus tallennettu' }).count()).toBe(1)
      const expected = child === 'Aino' ? [...ranking, 'Sirkus aloittelijoille'] : [...ranking]
      await eventually(() => page.locator('.ranking__item strong').allTextContents()).toEqual(expected)
      await expectAccessible(page, `the survey answer for ${child}`)
      if (child === 'Eino') await screenshotBothLanguages(page, 'guardian-survey')
      await page.getByRole('link', { name: /Takaisin/ }).click()
    }
  })

  it('lets a pupil answer at school with a one-time code from the teacher', async () => {
    await logIn(page, origin, 'teacher@mukana.test', '/teacher')
    await page.getByRole('button', { name: /Hae koodit/ }).click()
    const row = page.getByRole('row', { name: /Leo|Eevi|Helmi|Onni|Ella/ }).first()
    await row.waitFor()
    const lost = (await row.locator('.code').textContent())!.trim()
    const other = page.locator('.codes-table tbody tr').last()
    const untouched = (await other.locator('.code').textContent())!.trim()
    // A lost slip: a new code for that pupil after a question; the class's other slips keep working.
    await row.getByRole('button', { name: /^Uusi koodi: / }).click()
    await eventually(async () => (await row.locator('.code').textContent())!.trim()).not.toBe(lost)
    const code = (await row.locator('.code').textContent())!.trim()
    expect((await other.locator('.code').textContent())!.trim()).toBe(untouched)
    await screenshotBothLanguages(page, 'teacher')
    await page.getByRole('button', { name: 'Kirjaudu ulos' }).click()
    await page.getByRole('link', { name: 'Minulla on koodi' }).click()
    await page.getByLabel('Kirjoita opettajalta saamasi koodi').fill(code.toLowerCase())
    await page.getByRole('button', { name: 'Aloita' }).click()
    await page.locator('.pupil-card').first().waitFor()
    await expectAccessible(page, 'the pupil page')
    await page.locator('.pupil-card').nth(1).click()
    await page.locator('.pupil-card').nth(0).click()
    await eventually(() => page.locator('.pupil-card[aria-pressed="true"]').count()).toBe(2)
    await screenshotBothLanguages(page, 'pupil')
    await page.getByRole('button', { name: 'Lähetä toiveeni' }).click()
    await eventually(() => page.getByRole('status').textContent()).toContain('Toiveesi lähetettiin')
    // A used code does not open the survey again.
    await page.goto(origin + '/code')
    await page.getByLabel('Kirjoita opettajalta saamasi koodi').fill(code)
    await page.getByRole('button', { name: 'Aloita' }).click()
    await eventually(() => page.getByRole('alert').textContent()).toContain('Koodi ei toimi')
  })

  it('lets the coordinator close the survey, run the match two ways, compare, and publish', async () => {
    await logIn(page, origin, 'coordinator@mukana.test', '/coordinator')
    await page.getByRole('button', { name: 'Sulje nyt' }).click()
    await eventually(() => page.getByRole('cell', { name: 'Suljettu' }).count()).toBe(1)
    await page.getByRole('link', { name: /Sijoittelu ja mittarit/ }).click()
    await page.getByRole('button', { name: 'Sijoittele' }).click()
    await eventually(() => page.getByRole('status').textContent()).toMatch(/Sijoittelu tehty: \d+\/\d+ lasta sijoitettu/)
    await tick(page, 'Eniten lapsia (suurin kattavuus)')
    await page.getByRole('button', { name: 'Sijoittele' }).click()
    await eventually(() => page.locator('.run-list__item').count()).toBe(2)
    for (const label of await page.locator('.run-list__item label').all()) await label.click()
    await eventually(() => page.getByRole('table', { name: 'Sijoittelut rinnakkain' }).count()).toBe(1)
    await expectAccessible(page, 'the match runs compared')
    await page
      .getByRole('button', { name: /Julkaise sijoittelu/ })
      .last()
      .click()
    await eventually(() => page.getByRole('status').textContent()).toContain('Julkaistu')
    // Asked first, saying what happens: offers to every family, a deadline, no way back.
    expect(app.dialogs.at(-1)).toMatch(
      /^Julkaistaanko sijoittelu\? Jokainen perhe saa tarjouksen heti viestinä, ja vastausaika päättyy \d{1,2}\.\d{1,2}\.\d{4}\. Julkaisua ei voi perua\.$/,
    )
    // The run's verification bundle for an auditor: a file to download, and its digest to publish beside the results.
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Lataa tarkistuspaketti' }).click()
    const bundle = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as { format: string; placementsSha256: string }
    expect(bundle.format).toBe('mukana-verification/1')
    await eventually(() => page.locator('.digest code').textContent()).toBe(bundle.placementsSha256)
    await expectAccessible(page, 'the verification bundle')
    await page.reload()
    await page.locator('.key-figures').waitFor()
    enrolledAfterPublish = await keyFigure('Harrastuksessa')
    expect(enrolledAfterPublish).toBe(0) // offers are made; nobody has accepted yet
  })

  it('shows the coordinator the offer messages the publication sent, as the families read them, on a phone too', async () => {
    await page.goto(`${origin}/coordinator`)
    await page.getByRole('link', { name: 'Viestit' }).click()
    await page.getByRole('heading', { name: 'Viestit perheille' }).waitFor()
    // The new page's heading has the focus, where a screen reader starts reading.
    await eventually(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Viestit perheille')
    const offered = page.getByRole('row', { name: /Harrastuspaikka tarjottu/ })
    await eventually(() => offered.textContent()).toMatch(/Harrastuspaikka tarjottu\s*0\s*0\s*[1-9]\d*\s*0\s*0/) // all sent
    const aino = page.locator('.message-card', { hasText: 'Aino sai harrastuspaikan' }).first()
    await aino.locator('summary').click()
    await eventually(() => aino.locator('.message-text').textContent()).toMatch(
      /Vastaa tarjoukseen viimeistään \p{L}{2} \d{1,2}\.\d{1,2}\. klo \d{1,2}\.\d{2}\./u,
    )
    await expectAccessible(page, 'the outbox with offer messages')
    // The demo writes what it would send: Aino's guardian's e-mail is in the folder as an .eml file.
    const files = readdirSync(app.outboxDir).filter((name) => name.endsWith('-offerMade-email.eml'))
    expect(files.length).toBeGreaterThan(0)
    expect(
      files.map((name) => readFileSync(join(app.outboxDir, name), 'utf8')).some((mail) => mail.includes('To: guardian@mukana.test') && mail.includes('Aino')),
    ).toBe(true)
    await page.setViewportSize({ width: 390, height: 844 })
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await page.setViewportSize({ width: 1280, height: 900 })
  })

  it('lets the guardian accept one offer and decline another, whose seat goes to the next on the waiting list', async () => {
    await logIn(page, origin, 'guardian@mukana.test', '/guardian')
    const aino = childSection('Aino Huoltaja')
    const eino = childSection('Eino Huoltaja')
    // The circus seat was reserved for girls: Aino got it, Eino waits first in the queue and got football.
    const ainoCircus = aino.locator('article', { hasText: CIRCUS })
    await eventually(() => ainoCircus.textContent()).toContain('Paikka tarjolla')
    // Each child's page starts with where things stand, in one sentence.
    expect(await aino.locator('.child-status').textContent()).toMatch(new RegExp(`^Aino on saanut paikan ryhmästä ${CIRCUS}\\. Vastaa .* mennessä\\.$`))
    await eventually(() => eino.locator('article', { hasText: CIRCUS }).textContent()).toMatch(/Jonossa.*Jonossa 1\./)
    await expectAccessible(page, 'the guardian with offers')
    await eino.locator('article', { hasText: FOOTBALL }).getByRole('button', { name: 'Hyväksy' }).click()
    await eventually(() => eino.getByRole('status').first().textContent()).toContain('Paikka hyväksytty')
    // The accepted seat is one of Eino's hobbies now, and the focus went there, not back to the page's top.
    await eventually(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Harrastukset')
    await eventually(() => eino.locator('.place-row', { hasText: FOOTBALL }).count()).toBe(1)
    expect(await eino.locator('article', { hasText: FOOTBALL }).count()).toBe(0)
    await ainoCircus.getByRole('button', { name: 'Hylkää' }).click()
    await ainoCircus.getByRole('button', { name: 'Kyllä, hylkää' }).click()
    await eventually(() => ainoCircus.textContent()).toContain('Hylätty')
    await eventually(() => eino.locator('article', { hasText: CIRCUS }).textContent()).toContain('Paikka tarjolla')
    await eventually(() => eino.locator('.timetable__entry', { hasText: FOOTBALL }).count()).toBe(2)
    // With the survey closed, Aino can still take a seat left free, first come first served: behind a search.
    expect(
      await aino
        .getByRole('button', { name: /Varaa paikka ryhmästä/ })
        .first()
        .isVisible(),
    ).toBe(false)
    await aino.locator('.free-seats summary').click()
    const freeSeat = aino.getByRole('button', { name: /Varaa paikka ryhmästä .* lapselle Aino/ }).first()
    const group = (await freeSeat.getAttribute('aria-label'))!.replace(/^Varaa paikka ryhmästä (.*) lapselle Aino$/, '$1')
    await aino.getByLabel('Hae ryhmää nimellä, lajilla tai paikalla').fill(group.split(' ')[0]!)
    await freeSeat.click()
    await eventually(() => aino.getByRole('status').first().textContent()).toContain(`Paikka varattu ryhmästä ${group}`)
    await eventually(() => aino.locator('.timetable__entry', { hasText: group }).count()).toBeGreaterThan(0)
    // A hobby can be quit (after a question), and its seat taken again while it is free.
    await aino.getByRole('button', { name: `Lopeta harrastus ${group}: Aino` }).click()
    expect(app.dialogs.at(-1)).toContain(`Lopetetaanko lapsen Aino harrastus ${group}?`)
    await eventually(() => aino.locator('.place-row', { hasText: 'Lopeta harrastus' }).count()).toBe(0)
    if ((await aino.locator('.free-seats').getAttribute('open')) === null) await aino.locator('.free-seats summary').click()
    await aino.getByRole('button', { name: `Varaa paikka ryhmästä ${group} lapselle Aino` }).click()
    await eventually(() => aino.locator('.child-status').textContent()).toBe(`Aino harrastaa: ${group}.`)
    // In a family group a parent takes part with the child, on one of its places for adults.
    if ((await aino.locator('.free-seats').getAttribute('open')) === null) await aino.locator('.free-seats summary').click()
    await aino.getByLabel('Hae ryhmää nimellä, lajilla tai paikalla').fill('Perhe')
    await aino.getByRole('button', { name: 'Varaa paikka ryhmästä Perhesalibandy lapselle Aino' }).click()
    await aino.getByRole('button', { name: 'Tulen itsekin mukaan: Perhesalibandy, Aino' }).click()
    await eventually(() => aino.locator('.place-row', { hasText: 'Perhesalibandy' }).textContent()).toContain('Osallistut itse lapsen Aino kanssa.')
    await expectAccessible(page, 'the guardian taking part in a family group')
    await expectAccessible(page, 'the guardian after taking a free seat')
    await screenshotBothLanguages(page, 'guardian')
  })

  it('lets the club take attendance on a phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 })
    await logIn(page, origin, 'club@mukana.test', '/club')
    await page.getByRole('link', { name: `Ryhmän ${FOOTBALL} osallistujat` }).click()
    const eino = page.getByLabel(/Eino Huoltaja/)
    await eino.waitFor()
    expect(await eino.isChecked()).toBe(true)
    await expectAccessible(page, 'the roster')
    await page.getByRole('button', { name: /Tallenna läsnäolot/ }).click()
    await eventually(() => page.getByRole('status').textContent()).toMatch(/Läsnäolot tallennettu .*: \d+ paikalla/)
    await eventually(() => page.locator('.attendance-list__item', { hasText: 'Eino' }).textContent()).toContain('paikalla 1/1 kertaa')
    await screenshotBothLanguages(page, 'club-roster')
    await page.setViewportSize({ width: 1280, height: 900 })
    await page.getByRole('link', { name: /Takaisin/ }).click()
    await screenshotBothLanguages(page, 'club')
  })

  it('shows the coordinator the indicators changed', async () => {
    await logIn(page, origin, 'coordinator@mukana.test', '/coordinator')
    await screenshotBothLanguages(page, 'coordinator')
    await page.getByRole('link', { name: /Sijoittelu ja mittarit/ }).click()
    await page.locator('.key-figures').waitFor()
    await eventually(() => keyFigure('Harrastuksessa')).toBe(enrolledAfterPublish + 2) // Eino's football, Aino's free seat
    expect(await keyFigure('Säännöllinen harrastus')).toBe(0) // one meeting is not yet a regular hobby
    await expectAccessible(page, 'the indicators')
    await screenshotBothLanguages(page, 'coordinator-indicators')
  })

  it('fits every role’s pages on a 320 px phone, without scrolling sideways', async () => {
    await page.setViewportSize({ width: 320, height: 800 })
    const pages: [string, string, string[]][] = [
      ['guardian@mukana.test', '/guardian', ['/guardian/culture']],
      ['club@mukana.test', '/club', ['/club/groups/new']],
      ['teacher@mukana.test', '/teacher', []],
      ['coordinator@mukana.test', '/coordinator', ['/coordinator/culture', '/school-files', '/coordinator/messages']],
      ['admin@mukana.test', '/admin', ['/admin/messages']],
    ]
    const wide: string[] = []
    for (const [email, home, others] of pages) {
      await logIn(page, origin, email, home)
      for (const path of [home, ...others]) {
        await page.goto(origin + path)
        await page.locator('h1').first().waitFor()
        await page.waitForLoadState('networkidle')
        // What sticks out, named, so that a failure says where to look.
        const [width, culprits] = await page.evaluate(() => [
          document.documentElement.scrollWidth,
          Array.from(document.querySelectorAll('body *'))
            .filter((e) => e.getBoundingClientRect().right > 321 && !e.closest('[role=region]'))
            .slice(0, 3)
            .map((e) => `${e.tagName.toLowerCase()}.${Array.from(e.classList).join('.')}`),
        ])
        if ((width as number) > 320) wide.push(`${path}: ${width} px (${(culprits as string[]).join(', ')})`)
      }
    }
    expect(wide).toEqual([])
    await page.setViewportSize({ width: 1280, height: 900 })
  })

  it('lets the administrator add a culture institution of an art field', async () => {
    await logIn(page, origin, 'admin@mukana.test', '/admin')
    await page.getByLabel(/^Laitoksen nimi\*?$/).fill('Kontulan kirjasto')
    await page.locator('#institution-field').selectOption({ index: 1 })
    await page.getByRole('button', { name: 'Lisää', exact: true }).nth(4).click()
    await eventually(() => page.locator('section', { has: page.getByRole('heading', { name: 'Kulttuurilaitokset' }) }).textContent()).toContain(
      'Kontulan kirjasto',
    )
    await expectAccessible(page, 'the administration page with institutions')
  })
})
