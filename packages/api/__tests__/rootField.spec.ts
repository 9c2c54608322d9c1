import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { insertGroup } from './flows'
import { startTestApi, type GraphQLResponse, type TestApi } from './testApi'

const ENROL = 'mutation ($childId: ID!, $groupId: ID!) {\n  enrol(childId: $childId, groupId: $groupId) { id }\n}'

/** Runs `request`, counting the stack frames formatted meanwhile (in this process: the API's too). */
async function framesFormattedDuring(request: () => Promise<GraphQLResponse>): Promise<{ response: GraphQLResponse; frames: number }> {
  const original = Error.prepareStackTrace
  let frames = 0
  Error.prepareStackTrace = (error, trace) => {
    frames += trace.length
    return original ? original(error, trace) : [String(error), ...trace.map((frame) => `    at ${String(frame)}`)].join('\n')
  }
  try {
    return { response: await request(), frames }
  } finally {
    Error.prepareStackTrace = original
  }
}

/** Expects one refusal with this code, located at the operation's `enrol` field on line 2. */
function expectLocatedRefusal(response: GraphQLResponse, code: string): void {
  expect(response.errors).toMatchObject([{ path: ['enrol'], locations: [{ line: 2, column: 3 }], extensions: { code } }])
}

describe('rootField: the refusals of root fields', () => {
  let api: TestApi
  let guardian: string
  let childId: string
  beforeAll(async () => {
    api = await startTestApi('sqlite')
    guardian = await api.login('guardian@mukana.test')
    childId = (await api.gql('{ myChildren { id } }', {}, guardian)).data?.myChildren[0].id
  })
  afterAll(() => api.close())

  it('are located at their field, as graphql-js locates errors, without a stack trace collected or formatted', async () => {
    const groupId = await insertGroup(api, 'One seat', { capacity: 1, grades: [1, 2, 3, 4, 5, 6] })
    expect((await api.gql(ENROL, { childId, groupId }, guardian)).errors).toBeUndefined()
    const other = (await api.gql('{ myChildren { id } }', {}, guardian)).data?.myChildren[1].id
    const full = await framesFormattedDuring(() => api.gql(ENROL, { childId: other, groupId }, guardian))
    expectLocatedRefusal(full.response, 'enrolment/group_full')
    expect(full.frames).toBe(0)
    // The input check's refusals too, and they keep naming the field.
    const invalid = await framesFormattedDuring(() => api.gql(ENROL, { childId, groupId: '0' }, guardian))
    expectLocatedRefusal(invalid.response, 'input/invalid')
    expect(invalid.response.errors?.[0].extensions?.issues?.map((issue) => issue.field)).toEqual(['groupId'])
    expect(invalid.frames).toBe(0)
  })
})
