import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { backtestShop, backtestSummary, type BacktestCase } from '../../server/backtest/nowcast-backtest.ts';
import { demoExports, generatedExports } from '../../server/backtest/run-nowcast-backtest.ts';

// The nowcast's backtest (docs/metrics.md, "The nowcast"): each shop's exports cut at past moments,
// each provisional month nowcast from the cut alone and set against what the whole data says the
// same orders came to. `npm run backtest:nowcast` prints the same figures.
describe('the nowcast against what later arrived', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inversa-nowcast-backtest-test-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  function expectHonest(cases: readonly BacktestCase[]) {
    const summary = backtestSummary(cases);
    // the 80 % intervals hold the truth in 70–90 % of cases
    expect(summary.coverage).toBeGreaterThanOrEqual(0.7);
    expect(summary.coverage).toBeLessThanOrEqual(0.9);
    // and the estimate is nearer the truth than the figure as it stood
    expect(summary.nowcastError).toBeLessThan(summary.observedError);
  }

  it('on four generated shops, from 12 % to 36 % returned, each cut four times', { timeout: 600_000 }, async () => {
    const cases: BacktestCase[] = [];
    for (const exports of generatedExports(dir)) cases.push(...(await backtestShop(exports)));
    // every cut leaves at least its own month and the one before it provisional
    expect(backtestSummary(cases).months).toBeGreaterThanOrEqual(4 * 4 * 2);
    expectHonest(cases);
  });

  it('on the demo data, cut five times', { timeout: 600_000 }, async () => {
    const cases = await backtestShop(demoExports);
    expect(backtestSummary(cases).months).toBeGreaterThanOrEqual(5 * 2);
    expectHonest(cases);
  });
});
