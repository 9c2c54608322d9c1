import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'matcher', include: ['packages/matcher/__tests__/**/*.spec.ts'] } },
      {
        test: { name: 'api', include: ['packages/api/__tests__/**/*.spec.ts'], setupFiles: ['packages/api/__tests__/setup.ts'], testTimeout: 30_000, hookTimeout: 60_000 },
      },
      { test: { name: 'tests', include: ['tests/**/*.spec.ts'], testTimeout: 120_000 } },
    ],
  },
})
