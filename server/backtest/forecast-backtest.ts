// The return forecast's backtest (docs/metrics.md, "The return forecast: backtest"): cut a shop's
// files at a date (what its export would have held then), import the cut through the product's
// import, forecast the next eight weeks, and set each week against the returns the whole files say
// were requested in it, and against the naive forecast: every week the average of the last four.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { demoDataDir } from '../demo/load-demo-data.ts';
import { ForecastService } from '../forecast/forecast-service.ts';
import type { Estimate } from '../forecast/weekly-forecast.ts';
import { sqlString } from '../import/sql-text.ts';
import { Database } from '../store/database.ts';
import { cutExports, storeWith, type ExportFiles } from './export-cut.ts';
import { generateSeasonalShop } from './seasonal-shop.ts';

export interface BacktestData extends ExportFiles {
  name: string;
  /** The last days each cut keeps (its export was taken at the end of the day). */
  cuts: string[];
}

export interface WeekOutcome {
  data: string;
  cut: string;
  week: number;
  actual: { returns: number; units: number };
  naive: { returns: number; units: number };
  forecast: { returns: Estimate; units: Estimate };
}

const dayMs = 86_400_000;
const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);

/** Days from `first` to `last` (YYYY-MM-DD) every `step` days. */
export function cutDates(first: string, last: string, step: number): string[] {
  const cuts: string[] = [];
  for (let cut = first; cut <= last; cut = addDays(cut, step)) cuts.push(cut);
  return cuts;
}

/**
 * What the backtest reads: two generated shops (two years each, cut every five weeks from their
 * seventh month to eight weeks before their end) and the demo data (cut every five weeks likewise).
 */
export function backtestData(workDir: string): BacktestData[] {
  const shops = [
    { name: 'seasonal shop 1', seed: 11, baseOrders: 70, yearlyGrowth: 0.25 },
    { name: 'seasonal shop 2', seed: 29, baseOrders: 40, yearlyGrowth: -0.1 },
  ].map(({ name, seed, baseOrders, yearlyGrowth }) => {
    const files = generateSeasonalShop({ seed, start: '2024-01-01', days: 731, baseOrders, yearlyGrowth });
    const folder = fs.mkdtempSync(path.join(workDir, 'shop-'));
    const orders = path.join(folder, 'orders.csv');
    const returns = path.join(folder, 'returns.csv');
    fs.writeFileSync(orders, files.orders);
    fs.writeFileSync(returns, files.returns);
    return { name, orders, returns, cuts: cutDates('2024-07-15', '2025-11-04', 35) };
  });
  const demo = {
    name: 'demo data',
    orders: path.join(demoDataDir, 'orders.csv.gz'),
    returns: path.join(demoDataDir, 'returns.csv.gz'),
    cuts: cutDates('2025-04-01', '2026-09-05', 35),
  };
  return [...shops, demo];
}


/** One data set's files as the views `exported_orders` and `exported_returns` of a store of their own, read as text. */
async function openTruth(data: BacktestData): Promise<Database> {
  const db = await Database.open({ path: ':memory:', threads: 2, readers: 2 });
  for (const kind of ['orders', 'returns'] as const) {
    await db.all(`CREATE VIEW exported_${kind} AS SELECT * FROM read_csv(${sqlString(data[kind])}, all_varchar = true, header = true)`);
  }
  return db;
}

/** What the whole files say: the returns of known orders requested in each of the 8 weeks after `cut`, and in the 4 weeks up to it. */
async function requestsAround(truth: Database, cut: string) {
  const rows = await truth.all(
    `SELECT floor((requested_at::DATE - $cut::DATE - 1) / 7)::INTEGER AS week, count(*)::INTEGER AS returns, sum(quantity::INTEGER)::INTEGER AS units
     FROM exported_returns
     WHERE order_id IN (SELECT order_id FROM exported_orders)
       AND requested_at::DATE BETWEEN $cut::DATE - 27 AND $cut::DATE + 56
     GROUP BY ALL`,
    { cut },
  );
  const byWeek = new Map(rows.map((row) => [Number(row.week), { returns: Number(row.returns), units: Number(row.units) }]));
  const at = (week: number) => byWeek.get(week) ?? { returns: 0, units: 0 };
  const lastFour = [-4, -3, -2, -1].map(at);
  return {
    weeks: Array.from({ length: 8 }, (_, week) => at(week)),
    naive: { returns: lastFour.reduce((sum, w) => sum + w.returns, 0) / 4, units: lastFour.reduce((sum, w) => sum + w.units, 0) / 4 },
  };
}

/** Forecasts each cut of one data set as the product would have then, beside what arrived. */
export async function backtestForecast(data: BacktestData, returnWindowDays: number, workDir: string): Promise<WeekOutcome[]> {
  const truth = await openTruth(data);
  const outcomes: WeekOutcome[] = [];
  try {
    for (const cut of data.cuts) {
      const folder = fs.mkdtempSync(path.join(workDir, 'cut-'));
      // the export taken at the end of the cut's day
      const db = await storeWith(await cutExports(truth, data, `${cut} 23:59:59`, folder));
      try {
        const answer = await new ForecastService(db, returnWindowDays).forecast({}, 'total');
        const rows = answer.series[0]?.rows;
        if (!rows) throw new Error(`${data.name}: no forecast at ${cut} (${answer.unavailable})`);
        const { weeks, naive } = await requestsAround(truth, cut);
        rows.forEach((row, week) => outcomes.push({ data: data.name, cut, week: week + 1, actual: weeks[week]!, naive, forecast: { returns: row.returns, units: row.units } }));
      } finally {
        db.close();
        fs.rmSync(folder, { recursive: true, force: true });
      }
    }
  } finally {
    truth.close();
  }
  return outcomes;
}

export interface BacktestSummary {
  weeks: number;
  returns: MeasureSummary;
  units: MeasureSummary;
}

interface MeasureSummary {
  forecastMae: number;
  naiveMae: number;
  /** Forecast MAE over naive MAE: 0.8 or less is the bar. */
  ratio: number;
  /** Share of weeks whose requests fell inside the 80 % interval. */
  coverage: number;
}

export function summarise(outcomes: readonly WeekOutcome[]): BacktestSummary {
  const measure = (pick: 'returns' | 'units'): MeasureSummary => {
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    const forecastMae = mean(outcomes.map((o) => Math.abs(o.forecast[pick].expected - o.actual[pick])));
    const naiveMae = mean(outcomes.map((o) => Math.abs(o.naive[pick] - o.actual[pick])));
    const covered = outcomes.filter((o) => o.forecast[pick].low <= o.actual[pick] && o.actual[pick] <= o.forecast[pick].high).length;
    return { forecastMae, naiveMae, ratio: forecastMae / naiveMae, coverage: covered / outcomes.length };
  };
  return { weeks: outcomes.length, returns: measure('returns'), units: measure('units') };
}

/** A scratch folder for the generated files and the cuts. */
export function backtestWorkDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'inversa-forecast-backtest-'));
}
