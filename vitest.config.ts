import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'matcher', include: ['packages/matcher/__tests__/**/*.spec.ts'] } },
      { test: { name: 'tests', include: ['tests/**/*.spec.ts'], testTimeout: 120_000 } },
    ],
  },
})
