import { defineConfig } from 'vitest/config';

// Four projects, by what a test needs (CONTRIBUTING.md, "Tests"):
//   unit       no database: formatting, statistics, web logic (milliseconds)
//   db         a real DuckDB over the hand-made fixtures of test/fixtures
//   generated  data made by a program: property runs over random shops, the cause finder's
//              calibration shops, the demo shop, files of 150,000 to 1.5M lines imported side by
//              side, killed mid-import or stopped by SIGTERM mid-import (seconds each)
//   e2e        Chromium against the built web app on the demo data (builds it first)
// `npm test` runs them all; `npm run test:fast` runs unit and db, the inner loop.

const generated = [
  'test/property/**/*.test.ts',
  'test/demo/**/*.test.ts',
  'test/causes/demo-causes.test.ts',
  'test/causes/planted-causes.test.ts',
  'test/causes/pure-noise.test.ts',
  'test/import/concurrent-imports.test.ts',
  'test/import/killed-import.test.ts',
  'test/ops/clean-shutdown.test.ts',
  'test/backtest/nowcast-backtest.test.ts',
  'test/backtest/forecast-backtest.test.ts',
  'test/alerts/month-by-month.test.ts',
];

// These import tests read no database; they live with the import's other tests.
const pureImportTests = ['test/import/source/**/*.test.ts', 'test/import/propose-mapping.test.ts', 'test/import/vocabulary-matching.test.ts'];

export default defineConfig({
  test: {
    // DuckDB runs its work on libuv's pool: give it room in the test workers too.
    env: { UV_THREADPOOL_SIZE: '8' },
    // 2 cores: DuckDB-heavy files and the browser tests are happier not all at once.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts', ...pureImportTests] } },
      {
        extends: true,
        test: { name: 'db', include: ['test/**/*.test.ts'], exclude: ['test/unit/**', 'test/e2e/**', ...pureImportTests, ...generated] },
      },
      { extends: true, test: { name: 'generated', include: generated } },
      { extends: true, test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], globalSetup: ['test/e2e/global-setup.ts'] } },
    ],
  },
});
