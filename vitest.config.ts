import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import { LongestFirst } from './scripts/longestFirst'

export default defineConfig({
  test: {
    // Vitest leaves one core free by default: one worker on a 2-core machine. Most of a run waits on
    // PostgreSQL, Chromium and child processes, so two files at a time use it better.
    maxWorkers: 2,
    sequence: { sequencer: LongestFirst },
    // The seeded template databases every API spec copies (packages/api/__tests__/testDatabases.ts).
    globalSetup: ['packages/api/__tests__/globalSetup.ts'],
    projects: [
      { test: { name: 'tests', include: ['tests/**/*.spec.ts'], setupFiles: ['packages/api/__tests__/setup.ts'], testTimeout: 120_000, hookTimeout: 120_000 } },
      { test: { name: 'matcher', include: ['packages/matcher/__tests__/**/*.spec.ts'] } },
      {
        test: {
          name: 'api',
          include: ['packages/api/__tests__/**/*.spec.ts'],
          setupFiles: ['packages/api/__tests__/setup.ts'],
          isolate: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      { plugins: [vue()], test: { name: 'web', include: ['packages/web/__tests__/**/*.spec.ts'], environment: 'happy-dom' } },
    ],
  },
})
