// @vitest-environment node
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { firstPageSize } from '../bin/firstPageSize'

const DIST = join(import.meta.dirname, '..', 'dist')

describe('the built app', () => {
  it('loads under 150 kB of gzipped JavaScript on its first page, the roles’ pages in chunks of their own', () => {
    expect(existsSync(join(DIST, 'index.html')), 'build the app first: pnpm build:web').toBe(true)
    const size = firstPageSize(DIST)
    expect(size.firstPage.length).toBeGreaterThan(0)
    expect(size.firstPageGzipped).toBeLessThan(150 * 1024)
    // The coordinator's pages are not part of the first page.
    expect(size.firstPage.some((f) => /SurveyView|CoordinatorHome|TeacherHome|GuardianHome|ClubHome/.test(f.file))).toBe(false)
    expect(size.all.some((f) => /SurveyView/.test(f.file))).toBe(true)
  })
})
