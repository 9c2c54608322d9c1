import { afterAll, beforeAll, describe, it } from 'vitest'
import { databaseKinds, expectRefused, startTestApi, type TestApi } from './testApi'

describe.each(await databaseKinds())('ids on %s', (kind) => {
  let api: TestApi
  let guardian: string
  let club: string
  beforeAll(async () => {
    api = await startTestApi(kind)
    guardian = await api.login('guardian@mukana.test')
    club = await api.login('club@mukana.test')
  })
  afterAll(() => api.close())

  it('refuses an id that is not a whole number, naming the field, before anything reaches the database', async () => {
    for (const id of ['abc', '1.5', '-3', '0', '1e3', ' 7', '99999999999', "1'; drop table child; --"]) {
      expectRefused(await api.gql('query ($id: ID!) { hobbyGroup(id: $id) { name } }', { id }), 'input/invalid', ['id'])
    }
    expectRefused(await api.gql('mutation { enrol(childId: "1", groupId: "x") { id } }', {}, guardian), 'input/invalid', ['groupId'])
    expectRefused(
      await api.gql(
        'mutation ($p: [ID!]!) { recordAttendance(groupId: "1", date: "2026-10-05", presentChildIds: $p) { attended } }',
        { p: ['2', 'two'] },
        club,
      ),
      'input/invalid',
      ['presentChildIds[1]'],
    )
  })

  it("names an input object's id fields as the services do", async () => {
    const input = { surveyId: 'first', childId: '1', ranking: ['1', 'y'], consent: true }
    expectRefused(await api.gql('mutation ($input: AnswerSurveyInput!) { answerSurvey(input: $input) { consent } }', { input }, guardian), 'input/invalid', [
      'surveyId',
      'ranking[1]',
    ])
  })
})
