// The nowcast's backtest (docs/metrics.md, "The nowcast"): a shop's exports cut at a past moment
// (the orders placed by then, the returns requested by then, with what was not yet known about
// them blank), imported into a store of their own and nowcast, against what the whole data says
// those same orders finally came to. Run by test/backtest/nowcast-backtest.test.ts and by
// `npm run backtest:nowcast`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { NowcastService } from '../curve/nowcast-service.ts';
import { MetricsService } from '../metrics/metrics-service.ts';
import { cutExports, storeWith, type ExportFiles } from './export-cut.ts';

export interface ShopExports extends ExportFiles {
  name: string;
  /** The moments to cut at, as 'YYYY-MM-DD HH:MM:SS'. */
  cuts: readonly string[];
}

const rates = ['returnRateUnits', 'returnRateOrders', 'returnRateValue'] as const;
export type BacktestRate = (typeof rates)[number];

/** One rate of one provisional month of one cut: the truth, the figure as it stood, and the nowcast. */
export interface BacktestCase {
  shop: string;
  cut: string;
  month: string;
  rate: BacktestRate;
  shareArrived: number;
  truth: number;
  observed: number;
  expected: number;
  low: number;
  high: number;
}

/** The test stores' settings: the app's default 30-day policy window. */
const returnWindowDays = 30;

/** Cuts a shop at each of its moments, nowcasts, and sets every estimate against the whole data's figure. */
export async function backtestShop(exports: ShopExports): Promise<BacktestCase[]> {
  const whole = await storeWith(exports);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inversa-nowcast-backtest-'));
  const cases: BacktestCase[] = [];
  try {
    for (const cut of exports.cuts) {
      const cutStore = await storeWith(await cutExports(whole, exports, cut, fs.mkdtempSync(path.join(dir, 'cut-'))));
      try {
        const nowcast = await new NowcastService(cutStore, returnWindowDays, new MetricsService(cutStore, returnWindowDays)).nowcast({ basis: 'order' });
        // the same orders in the whole data: those placed up to the cut's last day of sales
        const truth = await new MetricsService(whole, returnWindowDays).trend({ basis: 'order', from: nowcast.period.from, to: nowcast.period.to }, 'month');
        for (const row of nowcast.rows) {
          const final = truth.rows.find((month) => month.month === row.month);
          if (!row.estimate || !final) continue;
          for (const rate of rates) {
            const values = [final[rate], row.observed[rate], row.estimate.expected[rate], row.estimate.low[rate], row.estimate.high[rate]];
            if (values.some((value) => value === null)) continue;
            const [truthRate, observed, expected, low, high] = values as number[];
            cases.push({ shop: exports.name, cut, month: row.month, rate, shareArrived: row.shareArrived, truth: truthRate!, observed: observed!, expected: expected!, low: low!, high: high! });
          }
        }
      } finally {
        cutStore.close();
      }
    }
  } finally {
    whole.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return cases;
}

/** How the nowcast did: how often its 80 % interval held the truth, and its error against the figure as it stood. */
export function backtestSummary(cases: readonly BacktestCase[]) {
  const mean = (values: number[]) => (values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : NaN);
  return {
    cases: cases.length,
    months: new Set(cases.map((c) => `${c.shop} ${c.cut} ${c.month}`)).size,
    coverage: mean(cases.map((c) => (c.low <= c.truth && c.truth <= c.high ? 1 : 0))),
    /** Mean absolute error of the nowcast's point estimate, in rate points (0.01 = one percentage point). */
    nowcastError: mean(cases.map((c) => Math.abs(c.expected - c.truth))),
    /** Mean absolute error of the rate as it stood at the cut. */
    observedError: mean(cases.map((c) => Math.abs(c.observed - c.truth))),
  };
}
