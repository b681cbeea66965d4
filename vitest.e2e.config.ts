import { defineConfig } from 'vitest/config'

/**
 * UI end-to-end tests: real Chromium against a real `harbourscan serve` and loopback range
 * sites. Run with `npm run test:e2e` (builds web/dist first, also done in the global setup).
 */
export default defineConfig({
  test: {
    include: ['test/e2e/ui/**/*.e2e.test.ts'],
    globalSetup: ['test/tmp-folder.ts', 'test/e2e/ui/global-setup.ts'],
    testTimeout: 180_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // One browser and one server per file; running files one at a time keeps the machine calm.
    fileParallelism: false,
  },
})
