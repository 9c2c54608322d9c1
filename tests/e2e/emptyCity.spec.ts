/**
 * A city starting from an empty database, in Chromium on a phone-sized screen: the first administrator
 * signs in with the link from `pnpm -s admin create-admin`, chooses a password, sets up an area, a school
 * and a class with its lessons, and invites a coordinator, who signs in with the invitation's link.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { createAdmin } from '../../packages/api/src/modules/people/user/createAdmin'
import { eventually, expectAccessible, screenshotBothLanguages, startApp, tick, type RunningApp } from './browser'
import { startCityProvider, type CityProvider } from './cityProvider'

describe('a new city in Chromium', () => {
  let app: RunningApp
  let page: Page
  let invitation: string
  let city: CityProvider

  beforeAll(async () => {
    city = await startCityProvider({
      'sanna-1': { email: 'sanna@example.fi', email_verified: true, name: 'Sanna Mäkinen' },
      'unverified-2': { email: 'sanna@example.fi', email_verified: false, name: 'Sanna Mäkinen' },
    })
    app = await startApp({ empty: true, cityLogin: { issuer: city.issuer, clientId: city.clientId, clientSecret: city.clientSecret, allowHttp: true } })
    city.serve(`${app.origin}/auth/callback`)
    page = app.page
    await page.setViewportSize({ width: 390, height: 844 })
  }, 120_000)
  afterAll(async () => {
    await app?.close()
    city?.close()
  })

  it('signs the first administrator in with the one-time link, and lets them choose a password', async () => {
    const { path } = await createAdmin(app.orm.em.fork(), 'anna.admin@hel.fi', 'Anna Admin')
    await page.goto(app.origin + path)
    await page.getByText('Tervetuloa, Anna Admin!').waitFor()
    expect(page.url()).toBe(`${app.origin}/sign-in`) // the token is off the address at once
    await expectAccessible(page, 'the sign-in link page')
    await page.getByLabel('Uusi salasana').fill('kaupungin salasana 1')
    await page.getByRole('button', { name: 'Tallenna salasana' }).click()
    await page.getByText('Salasana on tallennettu.').waitFor()
    await page.getByRole('button', { name: 'Jatka' }).click()
    await page.waitForURL(`${app.origin}/admin`)
  })

  it('sets up an area, a school and a class with its weekly lessons', async () => {
    // A typo, put right in place.
    await page.getByLabel('Uusi alue').fill('Vuosari')
    await page.getByRole('button', { name: 'Lisää', exact: true }).first().click()
    await page.getByRole('button', { name: 'Muokkaa nimeä Vuosari' }).click()
    await page.getByLabel(/^Alueen nimi\*?$/).fill('Vuosaari')
    await page.getByRole('button', { name: 'Tallenna', exact: true }).click()
    await eventually(() => page.getByRole('button', { name: 'Muokkaa nimeä Vuosaari' }).count()).toBe(1)
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Muokkaa nimeä Vuosaari')
    await eventually(() => page.getByText('ei vielä kouluja').count()).toBe(1)
    await page.locator('#school-area').selectOption({ label: 'Vuosaari' })
    await page.getByLabel('Koulun nimi').fill('Vuosaaren peruskoulu')
    await page.getByRole('button', { name: 'Lisää', exact: true }).nth(1).click()
    await eventually(() => page.getByRole('button', { name: 'Muokkaa nimeä Vuosaaren peruskoulu' }).count()).toBe(1)
    // A school's other details are edited in place: its unit on the city's service map.
    await page.getByText('Muut tiedot: Vuosaaren peruskoulu').click()
    await page.getByLabel('Palvelukartan toimipistenumero: Vuosaaren peruskoulu').fill('44214')
    await page.locator('.place-details').getByRole('button', { name: 'Tallenna' }).click()
    await eventually(() => page.getByRole('status').filter({ hasText: 'Tiedot tallennettu: Vuosaaren peruskoulu.' }).count()).toBe(1)

    await page.locator('#class-school').selectOption({ label: 'Vuosaaren peruskoulu' })
    await page.getByLabel('Luokan nimi').fill('3A')
    await page.getByLabel(/^Lukuvuosi\*?$/).fill('2026-2027')
    await page.getByRole('button', { name: 'Lisää', exact: true }).nth(2).click()
    await eventually(() => page.getByText(/3\. luokka, lukuvuosi 2026-2027 · ei oppitunteja/).count()).toBe(1)

    await page.getByRole('button', { name: 'Lukujärjestys' }).click()
    await page.getByRole('button', { name: 'Lisää oppitunti' }).click()
    await page.getByRole('button', { name: 'Lisää oppitunti' }).click()
    await page.locator('input[type=time]').nth(2).fill('09:15')
    await page.locator('input[type=time]').nth(3).fill('10:45')
    await page.getByRole('button', { name: 'Tallenna lukujärjestys' }).click()
    await page.getByText('Luokan Vuosaaren peruskoulu 3A lukujärjestys on tallennettu.').waitFor()
    await eventually(() => page.getByText(/2 oppituntia/).count()).toBe(1)
    await expectAccessible(page, 'the administration page')
    await screenshotBothLanguages(page, 'admin-phone')
  })

  it('refuses a bad class in Finnish, naming the field, and stores nothing', async () => {
    await page.locator('#class-school').selectOption({ label: 'Vuosaaren peruskoulu' })
    await page.getByLabel('Luokan nimi').fill('3B')
    await page.getByLabel(/^Lukuvuosi\*?$/).fill('2026-2028')
    await page.getByRole('button', { name: 'Lisää', exact: true }).nth(2).click()
    // The API's refusal (a school year must be two years in a row) is told in Finnish at its field.
    const year = page.getByLabel(/^Lukuvuosi\*?$/)
    await eventually(() => year.getAttribute('aria-invalid')).toBe('true')
    const described = (await year.getAttribute('aria-describedby'))!.split(' ')[0]
    expect(await page.locator(`#${described}`).textContent()).toBe('Kirjoita muodossa 2026-2027.')
    expect(await page.getByRole('alert').allTextContents()).not.toContainEqual(expect.stringMatching(/schoolYear|must be/))
    expect(await page.getByText(/Vuosaaren peruskoulu 3B/).count()).toBe(0)
  })

  it('invites a coordinator of the area, whose link signs them in', async () => {
    await page.getByLabel(/^Sähköposti\*?$/).fill('kaisa.koordinaattori@hel.fi')
    await page.getByLabel(/^Nimi\*?$/).fill('Kaisa Koordinaattori')
    await page.getByLabel('Rooli').selectOption({ label: 'Koordinaattori' })
    await page.locator('#invite-scope').selectOption({ label: 'Vuosaari' })
    await page.getByRole('button', { name: 'Kutsu', exact: true }).click()
    const link = page.getByRole('status').getByRole('link')
    await link.waitFor()
    invitation = (await link.textContent())!
    expect(invitation).toMatch(new RegExp(`^${app.origin}/sign-in#[\\w-]{43}$`))

    await page.getByRole('button', { name: 'Kirjaudu ulos' }).click()
    await page.goto(invitation)
    await page.getByText('Tervetuloa, Kaisa Koordinaattori!').waitFor()
    await page.getByRole('button', { name: 'Jatka' }).click()
    await page.waitForURL(`${app.origin}/coordinator`)
    // The link works once.
    await page.goto(invitation)
    await page.getByRole('alert').getByText('Kirjautumislinkki on jo käytetty').waitFor()
  })

  it("lets the coordinator check the school's class list, see each problem, and import it once it is right", async () => {
    await page.goto(`${app.origin}/coordinator`)
    await page.getByRole('link', { name: 'Tuo luokkalista tai lukujärjestys' }).click()
    await page.locator('#class-list-school').selectOption({ label: 'Vuosaaren peruskoulu' })
    const file = (rows: string[]) => ({
      name: 'luokka-3a.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(['\uFEFFLuokka;Etunimi;Sukunimi;Sukupuoli;Kotikieli;Oppilastunniste;Huoltaja 1 nimi;Huoltaja 1 sähköposti', ...rows].join('\r\n')),
    })
    await page
      .getByLabel('Luokkalista (CSV)')
      .setInputFiles(file(['3A;Aada;Mäkinen;tyttö;fi;V-1;Sanna Mäkinen;sanna@example.fi', '3A;Elias;Mäkinen;kissa;fi;V-2;Sanna Mäkinen;sanna@example.fi']))
    await page.getByRole('button', { name: 'Tarkista' }).click()
    await page.getByText('Tuntematon sukupuoli "kissa": tyttö, poika, muu tai tyhjä.').waitFor()
    await expectAccessible(page, 'the class-list report with a problem')

    await page
      .getByLabel('Luokkalista (CSV)')
      .setInputFiles(file(['3A;Aada;Mäkinen;tyttö;fi;V-1;Sanna Mäkinen;sanna@example.fi', '3A;Elias;Mäkinen;poika;fi;V-2;Sanna Mäkinen;sanna@example.fi']))
    await page.getByRole('button', { name: 'Tarkista' }).click()
    await page.getByRole('heading', { name: 'Tarkistettu: luokka-3a.csv' }).waitFor()
    await page.getByRole('button', { name: 'Tuo 2 riviä' }).click()
    await page.getByRole('heading', { name: 'Tuotu: luokka-3a.csv' }).waitFor()
    // The report follows the language switch like the rest of the page.
    await page.getByRole('button', { name: 'Svenska' }).click()
    await page.getByRole('status').getByText('Nya elever').waitFor()
    await page.getByRole('button', { name: 'Suomi' }).click()
    await screenshotBothLanguages(page, 'class-list-phone')
  })

  it("lets the coordinator bring in the school's timetable the same way", async () => {
    await tick(page, 'Lukujärjestys: luokkien oppitunnit')
    const timetable = (rows: string[]) => ({
      name: 'lukujarjestys.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(['Luokka;Päivä;Alkaa;Päättyy;Aine', ...rows].join('\r\n')),
    })
    await page.getByLabel('Lukujärjestys (CSV)').setInputFiles(timetable(['3A;ma;8.15;9.00;Matematiikka', '3A;tiistai;9.15;8.00;Englanti']))
    await page.getByRole('button', { name: 'Tarkista' }).click()
    await page.getByText('Tunti päättyy ennen kuin alkaa (8.00).').waitFor()
    await page.getByLabel('Lukujärjestys (CSV)').setInputFiles(timetable(['3A;ma;8.15;9.00;Matematiikka', '3A;ti;9.15;10.00;Englanti']))
    await page.getByRole('button', { name: 'Tarkista' }).click()
    await page.getByRole('heading', { name: 'Tarkistettu: lukujarjestys.csv' }).waitFor()
    await expectAccessible(page, 'the timetable report')
    await page.getByRole('button', { name: 'Tuo 2 riviä' }).click()
    await page.getByRole('heading', { name: 'Tuotu: lukujarjestys.csv' }).waitFor()
    await page.getByRole('status').getByText('Muuttuvia luokkia').waitFor()
  })

  /** Through the provider's own sign-in and consent pages, as `person` (its development login takes any password). */
  async function signInWithCity(person: string): Promise<void> {
    await page.getByRole('button', { name: 'Kirjaudu ulos' }).click()
    await page.getByRole('link', { name: 'Kirjaudu Helsinki-tunnuksella' }).click()
    await page.locator('input[name=login]').fill(person)
    await page.locator('input[name=password]').fill('any')
    await page.locator('button[type=submit]').click()
    await page.locator('button[type=submit]').click() // consent
  }

  it("refuses the city's login without a verified e-mail, saying why", async () => {
    await signInWithCity('unverified-2')
    await page.getByRole('alert').getByText('sähköpostiosoitettasi ei ole vahvistettu').waitFor()
    expect(new URL(page.url()).pathname).toBe('/')
  })

  it("signs the imported guardian in with the city's login, straight to both children", async () => {
    await page.context().clearCookies() // the provider's own session, of the unverified person
    await page.goto(app.origin)
    await page.getByRole('link', { name: 'Kirjaudu Helsinki-tunnuksella' }).click()
    await page.locator('input[name=login]').fill('sanna-1')
    await page.locator('input[name=password]').fill('any')
    await page.locator('button[type=submit]').click()
    await page.locator('button[type=submit]').click()
    await page.waitForURL(`${app.origin}/guardian`)
    await page.getByRole('heading', { name: /Aada Mäkinen/ }).waitFor()
    await page.getByRole('heading', { name: /Elias Mäkinen/ }).waitFor()
    await expectAccessible(page, "the guardian's page after the city's login")
  })

  it('lets the administrator start the next school year after checking where each class goes', async () => {
    await page.getByRole('button', { name: 'Kirjaudu ulos' }).click()
    await page.waitForURL(`${app.origin}/`)
    await page.getByLabel(/^Sähköposti\*?$/).fill('anna.admin@hel.fi')
    await page.getByLabel('Salasana').fill('kaupungin salasana 1')
    await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click()
    await page.waitForURL(`${app.origin}/admin`)
    await page.getByRole('button', { name: 'Tarkista' }).click()
    await page.getByText('Vuosaaren peruskoulu 3A → 4A (2 oppilasta)').waitFor()
    await page.getByRole('button', { name: 'Aloita lukuvuosi 2027-2028' }).click()
    await page.getByText('Lukuvuosi 2027-2028 on aloitettu: 1 uutta luokkaa, 2 oppilasta siirtyi, 0 poistui.').waitFor()
    await eventually(() => page.getByRole('button', { name: 'Muokkaa nimeä 4A' }).count()).toBe(1)
    await eventually(() => page.getByText(/4\. luokka, lukuvuosi 2027-2028/).count()).toBe(1)
    await expectAccessible(page, 'the administration page after a new school year')
  })

  it('adds a club and invites its staff, who publish a group on their own', async () => {
    // The administrator is still signed in (the school year above).
    await page.getByLabel('Uusi seura').fill('Vuosaaren Veikot')
    await page.getByRole('button', { name: 'Lisää', exact: true }).nth(3).click()
    await eventually(() => page.getByRole('button', { name: 'Muokkaa nimeä Vuosaaren Veikot' }).count()).toBe(1)
    await page.getByLabel(/^Sähköposti\*?$/).fill('valmentaja@veikot.fi')
    await page.getByLabel(/^Nimi\*?$/).fill('Ville Valmentaja')
    await page.getByLabel('Rooli').selectOption({ label: 'Seura' })
    await page.locator('#invite-scope').selectOption({ label: 'Vuosaaren Veikot' })
    await page.getByRole('button', { name: 'Kutsu', exact: true }).click()
    const link = page.getByRole('status').getByRole('link')
    await link.waitFor()
    const clubInvitation = (await link.textContent())!
    await page.getByRole('button', { name: 'Kirjaudu ulos' }).click()
    await page.goto(clubInvitation)
    await page.getByText('Tervetuloa, Ville Valmentaja!').waitFor()
    await page.getByRole('button', { name: 'Jatka' }).click()
    await page.waitForURL(`${app.origin}/club`)
    await page.getByRole('link', { name: 'Uusi ryhmä' }).click()
    await page.getByLabel(/^Nimi\*?$/).fill('Futis 3.–4. lk')
    await page.getByLabel(/^Paikka\*?$/).fill('Vuosaaren urheilutalo')
    await page.getByLabel('Paikkoja').fill('16')
    await page.getByLabel('Päivä', { exact: true }).selectOption('TUE')
    await page.getByLabel('Alkaa').fill('15:00')
    await page.getByLabel('Päättyy').fill('16:00')
    await page.getByRole('button', { name: 'Julkaise ryhmä' }).click()
    await eventually(() => page.getByRole('status').textContent()).toContain('Ryhmä Futis 3.–4. lk on julkaistu')
    await eventually(() => page.getByRole('row', { name: /Futis 3\.–4\. lk/ }).textContent()).toContain('0 / 16')
    await expectAccessible(page, "a new club's page")
  })
})
