import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'matcher', include: ['packages/matcher/__tests__/**/*.spec.ts'] } },
      {
        test: { name: 'api', include: ['packages/api/__tests__/**/*.spec.ts'], setupFiles: ['packages/api/__tests__/setup.ts'], isolate: false, testTimeout: 30_000, hookTimeout: 60_000 },
      },
      { plugins: [vue()], test: { name: 'web', include: ['packages/web/__tests__/**/*.spec.ts'], environment: 'happy-dom' } },
      { test: { name: 'tests', include: ['tests/**/*.spec.ts'], setupFiles: ['packages/api/__tests__/setup.ts'], testTimeout: 120_000, hookTimeout: 120_000 } },
    ],
  },
})
