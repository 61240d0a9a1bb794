import { defineConfig } from 'vitest/config';

/**
 * One embedded PostgreSQL and one Meilisearch per run (test/setup/global-setup.ts); each test file
 * gets a fresh database cloned from a migrated template and its own API server on a free port.
 */
export default defineConfig({
  test: {
    globalSetup: ['test/setup/global-setup.ts'],
    include: ['api/src/**/*.test.ts', 'web/src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
    fileParallelism: true,
    reporters: ['default'],
  },
});
