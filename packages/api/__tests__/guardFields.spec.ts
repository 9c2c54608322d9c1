import type { GraphQLField, GraphQLObjectType, GraphQLResolveInfo } from 'graphql'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildApiSchema } from '@mukana/api'
import { ApiError } from '../src/graphql/ApiError'

type Resolve = (root: unknown, args: Record<string, unknown>, context: unknown, info: GraphQLResolveInfo) => unknown

describe('guardFields: the checks around the schema’s resolvers', () => {
  let fieldOf: (type: string, name: string) => GraphQLField<unknown, unknown> & { resolve: Resolve }
  beforeAll(async () => {
    const schema = await buildApiSchema()
    fieldOf = (type, name) => (schema.getType(type) as GraphQLObjectType).getFields()[name] as GraphQLField<unknown, unknown> & { resolve: Resolve }
  })
  const info = {} as GraphQLResolveInfo

  it('leaves a field without arguments to read its value directly, with no promise in between', () => {
    // Each promise a field returns makes graphql-js complete the whole answer asynchronously.
    expect(fieldOf('HobbyGroup', 'name').resolve({ name: 'Futsal' }, {}, {}, info)).toBe('Futsal')
    expect(fieldOf('User', 'id').resolve({ id: 7 }, {}, {}, info)).toBe(7)
  })

  it('checks the input of a field with arguments that is not a root field, naming the argument', () => {
    let refusal: unknown
    try {
      fieldOf('HobbyGroup', 'clashesIn').resolve({ id: 1 }, { classId: '1; drop table child' }, {}, info)
    } catch (error) {
      refusal = error
    }
    expect(refusal).toBeInstanceOf(ApiError)
    expect((refusal as ApiError).extensions).toMatchObject({ code: 'input/invalid', issues: [{ field: 'classId' }] })
  })
})
