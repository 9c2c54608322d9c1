// @vitest-environment node
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { generate } from '@graphql-codegen/cli'
import { codegenConfig } from '../codegen'

const WEB = join(import.meta.dirname, '..')

describe('the typed operations', () => {
  it('are generated from the committed schema.graphql as it is now (run `pnpm --filter @mukana/web codegen` after changing either)', async () => {
    const [output] = await generate({ ...codegenConfig, silent: true }, false)
    expect(output!.content).toBe(readFileSync(join(WEB, 'src/graphql/generated.ts'), 'utf8'))
  }, 60_000)
})
