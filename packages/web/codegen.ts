import { fileURLToPath } from 'node:url'
import type { CodegenConfig } from '@graphql-codegen/cli'

// Paths from this file, so that the test can run it from anywhere.
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))

/** Typed operations from the API's committed schema: the contract between api and web. */
export const codegenConfig: CodegenConfig = {
  schema: here('../api/schema.graphql'),
  documents: here('src/graphql/*.graphql'),
  generates: {
    [here('src/graphql/generated.ts')]: {
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
