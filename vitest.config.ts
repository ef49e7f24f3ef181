import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    // DuckDB runs its work on libuv's pool: give it room in the test workers too.
    env: { UV_THREADPOOL_SIZE: '8' },
    // 2 cores: DuckDB-heavy files and the browser tests are happier not all at once.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
