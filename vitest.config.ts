import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // DuckDB runs its work on libuv's pool: give it room in the test workers too.
    env: { UV_THREADPOOL_SIZE: '8' },
    // 2 cores: the browser tests and DuckDB-heavy files are happier not all at once.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
