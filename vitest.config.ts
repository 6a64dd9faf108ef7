import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (pure rules, integration on a real database, HTTP through the real app)
 * and `e2e` (a real server driven by Chromium). Few workers: the machines have 2 cores and each
 * embedded database costs ~400 MB.
 */
export default defineConfig({
  test: {
    pool: 'forks',
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts'],
          globalSetup: ['packages/core/test/global-setup.ts'],
          setupFiles: ['packages/core/test/fast-check-seed.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['packages/web/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
