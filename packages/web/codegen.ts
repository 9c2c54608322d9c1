import type { CodegenConfig } from '@graphql-codegen/cli'

/** Typed operations from the API's committed schema: the contract between api and web. */
export const codegenConfig: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: 'src/graphql/*.graphql',
  generates: {
    'src/graphql/generated.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false },
        scalars: { DateTimeISO: 'string' },
        skipTypename: false,
      },
    },
  },
  hooks: {},
}

export default codegenConfig
