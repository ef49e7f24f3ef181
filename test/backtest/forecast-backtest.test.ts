import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backtestData, backtestForecast, backtestWorkDir, summarise, type BacktestData, type WeekOutcome } from '../../server/backtest/forecast-backtest.ts';

// The return forecast's backtest (docs/metrics.md, "The return forecast: backtest"; the figures are
// `npm run backtest:forecast`'s): two generated seasonal shops and the demo data, each cut every five
// weeks, the cut imported as its export would have stood then, the next eight weeks forecast and set
// against the returns requested in them, and against the naive forecast (the last four weeks' average).
const workDir = backtestWorkDir();
const outcomes = new Map<string, WeekOutcome[]>();
let datasets: BacktestData[] = [];

beforeAll(async () => {
  datasets = backtestData(workDir);
  for (const data of datasets) outcomes.set(data.name, await backtestForecast(data, 30, workDir));
}, 900_000);
afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

describe('the return forecast against what arrived', () => {
  it('forecasts eight weeks from every cut', () => {
    for (const data of datasets) expect(outcomes.get(data.name), data.name).toHaveLength(8 * data.cuts.length);
  });

  it.each(['seasonal shop 1', 'seasonal shop 2', 'demo data'])('%s: a mean absolute error at least 20 % below the naive forecast’s, in returns and in units', (name) => {
    const summary = summarise(outcomes.get(name)!);
    expect(summary.returns.ratio).toBeLessThanOrEqual(0.8);
    expect(summary.units.ratio).toBeLessThanOrEqual(0.8);
  });

  it('puts the requests of most weeks inside the 80 % interval, over every data set', () => {
    const summary = summarise([...outcomes.values()].flat());
    // measured 72 % for returns, 69 % for units: a little under 80 %, as the demand and the rate
    // move in ways their past did not show; far from the 55 % of curve, rate and Poisson doubt alone
    expect(summary.returns.coverage).toBeGreaterThanOrEqual(0.65);
    expect(summary.returns.coverage).toBeLessThanOrEqual(0.95);
    expect(summary.units.coverage).toBeGreaterThanOrEqual(0.6);
    expect(summary.units.coverage).toBeLessThanOrEqual(0.95);
  });
});
