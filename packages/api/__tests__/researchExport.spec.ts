/** The research export on both databases: outcomes per pupil under a keyed pseudonym, no cell small enough to pick a child out. */
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ChildEntity } from '../src/modules/people/child/child.entity'
import { SMALLEST_CELL } from '../src/modules/hobby/indicator/researchExport'
import { Pseudonyms } from '../src/privacy/Pseudonyms'
import { acceptAllIn, publishedSurvey, type PublishedSurvey } from './flows'
import { databaseKinds, expectRefused, startTestApi, type TestApi } from './testApi'

const EXPORT = 'query ($s: ID!) { researchExport(surveyId: $s) { pupil school className gender homeLanguage answered enrolled regular } }'
type Row = { pupil: string; school: string | null; className: string | null; gender: string | null; homeLanguage: string | null; enrolled: boolean }

describe.each(await databaseKinds())('the research export on %s', (kind) => {
  let api: TestApi
  let flow: PublishedSurvey
  const key = randomBytes(32).toString('hex')
  const rowsOf = async (token = flow.coordinator) => {
    const { data, errors } = await api.gql(EXPORT, { s: flow.surveyId }, token)
    expect(errors).toBeUndefined()
    return data?.researchExport as Row[]
  }

  beforeAll(async () => {
    api = await startTestApi(kind, { researchKey: key })
    flow = await publishedSurvey(api)
    await acceptAllIn(api, flow, '1')
  })
  afterAll(() => api.close())

  it('names nobody: a keyed pseudonym per pupil, no id, no name', async () => {
    const rows = await rowsOf()
    expect(rows.length).toBeGreaterThan(20)
    const children = await api.orm.em.fork().find(ChildEntity, {})
    const text = JSON.stringify(rows)
    for (const child of children) {
      expect(text).not.toContain(`"${child.id}"`)
      if (child.lastName) expect(text).not.toContain(child.lastName)
    }
    expect(new Set(rows.map((row) => row.pupil)).size).toBe(rows.length)
    expect(await rowsOf()).toEqual(rows) // the same pseudonyms each time with the same key
  })

  it(`leaves no combination of school, class, gender and home language with fewer than ${SMALLEST_CELL} pupils`, async () => {
    const rows = await rowsOf()
    const cells = new Map<string, number>()
    for (const row of rows) {
      const cell = JSON.stringify([row.school, row.className, row.gender, row.homeLanguage])
      cells.set(cell, (cells.get(cell) ?? 0) + 1)
    }
    for (const [cell, size] of cells) expect(size, cell).toBeGreaterThanOrEqual(SMALLEST_CELL)
    // Generalising keeps what it can: some rows keep their class and gender.
    expect(rows.some((row) => row.className !== null && row.gender !== null)).toBe(true)
  })

  it("agrees with the coordinator's indicators on the outcomes", async () => {
    const rows = await rowsOf()
    const { data } = await api.gql('query ($s: ID!) { indicators(surveyId: $s) { total { pupils enrolled } } }', { s: flow.surveyId }, flow.coordinator)
    expect(rows.length).toBeLessThanOrEqual(data?.indicators.total.pupils)
    expect(rows.filter((row) => row.enrolled).length).toBeLessThanOrEqual(data?.indicators.total.enrolled)
    expect(rows.filter((row) => row.enrolled).length).toBeGreaterThan(0)
  })

  it('gives other pseudonyms under another key, and is for the area’s coordinators only', async () => {
    // The same child under two keys: nothing links the two.
    const ours = new Pseudonyms(key)
    const theirs = new Pseudonyms(randomBytes(32).toString('hex'))
    expect(ours.of('child', 1)).toBe(ours.of('child', 1))
    expect(theirs.of('child', 1)).not.toBe(ours.of('child', 1))
    expect((await rowsOf()).map((row) => row.pupil)).toContain(
      ours.of('child', (await api.orm.em.fork().findOneOrFail(ChildEntity, { schoolClass: { grade: 3 } })).id),
    )
    expectRefused(await api.gql(EXPORT, { s: flow.surveyId }, await api.login('teacher@mukana.test')), 'auth/forbidden')
  })
})
