import { AttendanceEntity } from '../src/modules/hobby/attendance/attendance.entity'
import { recordAttendance } from '../src/modules/hobby/attendance/attendance.service'
import { UserEntity } from '../src/modules/people/user/user.entity'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { acceptAllIn, publishedSurvey, type PublishedSurvey } from './flows'
import { databaseKinds, expectRefused, startTestApi, type TestApi } from './testApi'

const ROSTER = 'query ($groupId: ID!) { roster(groupId: $groupId) { child { id firstName } attended recorded regular } }'
const RECORD =
  'mutation ($groupId: ID!, $date: String!, $present: [ID!]!) { recordAttendance(groupId: $groupId, date: $date, presentChildIds: $present) { child { id } attended recorded regular } }'

describe.each(await databaseKinds())('rosters and attendance on %s', (kind) => {
  let api: TestApi
  let flow: PublishedSurvey
  let club: string
  let enrolled: string[]

  beforeAll(async () => {
    api = await startTestApi(kind)
    flow = await publishedSurvey(api)
    club = await api.login('club@mukana.test')
    enrolled = await acceptAllIn(api, flow, '1') // football, Kontulan Kisa
  })
  afterAll(() => api.close())

  it("shows a club its group's roster, and nobody else", async () => {
    const { data } = await api.gql(ROSTER, { groupId: '1' }, club)
    expect(data?.roster.map((r: { child: { id: string } }) => r.child.id).sort()).toEqual([...enrolled].sort())
    expect(enrolled.length).toBeGreaterThan(5)
    expectRefused(await api.gql(ROSTER, { groupId: '4' }, club), 'auth/forbidden') // riding belongs to another club
    for (const token of [flow.family, flow.coordinator]) expectRefused(await api.gql(ROSTER, { groupId: '1' }, token), 'auth/forbidden')
  })

  it('records meetings in a few taps; a hobby becomes regular at three meetings in four', async () => {
    const [sometimes, ...always] = enrolled
    for (const [date, present] of [
      ['2026-09-07', enrolled],
      ['2026-09-14', always],
      ['2026-09-21', enrolled],
      ['2026-09-28', always],
    ] as const) {
      expect((await api.gql(RECORD, { groupId: '1', date, present }, club)).errors).toBeUndefined()
    }
    // Recording a date again corrects it rather than counting it twice.
    const corrected = await api.gql(RECORD, { groupId: '1', date: '2026-09-28', present: always }, club)
    const rows = new Map(corrected.data?.recordAttendance.map((r: { child: { id: string } }) => [r.child.id, r]))
    expect(rows.get(sometimes)).toEqual({ child: { id: sometimes }, attended: 2, recorded: 4, regular: false })
    expect(rows.get(always[0])).toEqual({ child: { id: always[0] }, attended: 4, recorded: 4, regular: true })
  })

  it('refuses bad dates and pupils who are not enrolled, and stores nothing from them', async () => {
    expectRefused(await api.gql(RECORD, { groupId: '1', date: '7.9.2026', present: [] }, club), 'input/invalid', ['date'])
    expectRefused(await api.gql(RECORD, { groupId: '1', date: '2099-01-01', present: [] }, club), 'input/invalid', ['date'])
    expectRefused(await api.gql(RECORD, { groupId: '1', date: '2026-10-05', present: [enrolled[0], '99999'] }, club), 'input/invalid', ['presentChildIds'])
    const { data } = await api.gql(ROSTER, { groupId: '1' }, club)
    expect(data?.roster.every((r: { recorded: number }) => r.recorded === 4)).toBe(true)
  })

  it('stores one meeting once when the same date is sent several times at once (the last sending stands)', async () => {
    const sent = await Promise.all(
      [enrolled, enrolled.slice(1), enrolled.slice(2), enrolled, enrolled.slice(1), enrolled.slice(2), enrolled, enrolled].map((present) =>
        api.gql(RECORD, { groupId: '1', date: '2026-10-12', present }, club),
      ),
    )
    expect(sent.map((r) => r.errors?.[0]?.extensions?.code ?? 'ok')).toEqual(sent.map(() => 'ok'))
    const marks = await api.orm.em.fork().find(AttendanceEntity, { date: '2026-10-12' })
    expect(marks).toHaveLength(enrolled.length)
  })

  it("takes today as Helsinki's today, whatever the server's zone: just after midnight the new day is not the future", async () => {
    const em = api.orm.em.fork()
    const coach = await em.findOneOrFail(UserEntity, { email: 'club@mukana.test' })
    // 22:30 UTC on 1 December is 00:30 on 2 December in Helsinki.
    const justAfterMidnight = new Date('2026-12-01T22:30:00Z')
    await expect(recordAttendance(em, coach, 1, '2026-12-02', [], justAfterMidnight)).resolves.toBeDefined()
    await expect(recordAttendance(em, coach, 1, '2026-12-03', [], justAfterMidnight)).rejects.toMatchObject({ extensions: { code: 'input/invalid' } })
  })
})
