import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildApiSchema } from '@mukana/api'

describe('schema.graphql', () => {
  it('is the schema the API serves (regenerate with `pnpm --filter @mukana/api schema`)', async () => {
    const emitted = join(mkdtempSync(join(tmpdir(), 'mukana-schema-')), 'schema.graphql')
    await buildApiSchema(emitted)
    const committed = readFileSync(join(import.meta.dirname, '..', 'schema.graphql'), 'utf8')
    expect(readFileSync(emitted, 'utf8')).toBe(committed)
  })
})
