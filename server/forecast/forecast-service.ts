import { learntCohorts, type CurveBreakdown } from '../curve/learnt-curves.ts';
import { CompleteCohorts } from '../curve/return-curve.ts';
import { drawsSeed } from '../curve/sampling.ts';
import { SeededRandom } from '../demo/seeded-random.ts';
import { dataRangeQuery } from '../metrics/metric-queries.ts';
import type { Database } from '../store/database.ts';
import { ignoredFilters, type ForecastFilters } from './forecast-params.ts';
import { forecastCohortSalesQuery, forecastSalesQuery } from './forecast-queries.ts';
import { pastTrials, runRateDays, salesHistoryDays, salesToCome, seasonalLagDays } from './sales-to-come.ts';
import { forecastWeeks, forecastWeeksFor, intervalQuantiles, type DailySales, type KeyModel } from './weekly-forecast.ts';

/** The rate per unit sold is the latest complete cohorts': recent enough to follow a change, six to steady it. */
export const rateCohorts = 6;
/** Bootstrap draws: the 10th and 90th percentiles of 200 move by well under the interval's width. */
export const bootstrapDraws = 200;

const dayMs = 86_400_000;
const dayNumber = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / dayMs);
const isoDay = (day: number) => new Date(day * dayMs).toISOString().slice(0, 10);

/** The returns and units each breakdown key's returns will bring in each of the next eight weeks. */
export class ForecastService {
  constructor(
    private readonly db: Database,
    private readonly returnWindowDays: number,
  ) {}

  async forecast(filters: ForecastFilters, by: CurveBreakdown) {
    const [range] = await dataRangeQuery.run(this.db);
    const category = filters.category ?? null;
    const assumptions = { runRateDays, seasonalLagDays, pastTrials, rateCohorts, minimumCohorts: CompleteCohorts.minimum, intervalQuantiles, bootstrapDraws };
    const ignored = ignoredFilters(filters);
    if (!range?.lastDate || !range.firstDate) return { by, asOf: null, ignoredFilters: ignored, weeks: [], assumptions, series: [], withoutForecast: [], completeCohorts: 0, unavailable: 'no_data' as const };

    const first = dayNumber(range.lastDate) + 1;
    const weeks = Array.from({ length: forecastWeeks }, (_, week) => ({ week: week + 1, from: isoDay(first + 7 * week), to: isoDay(first + 7 * week + 6) }));
    // the sales whose returns can still come (a return more than 623 days after its order is not
    // foreseen), and those the sales-to-come assumption and its past trials read
    const [returnCohorts, unitCohorts, cohortSales, dailySales] = await Promise.all([
      learntCohorts(this.db, range, this.returnWindowDays, { by, category, measure: 'returns' }),
      learntCohorts(this.db, range, this.returnWindowDays, { by, category, measure: 'units' }),
      forecastCohortSalesQuery.run(this.db, { by, category }),
      forecastSalesQuery.run(this.db, {
        by,
        from: isoDay(first - salesHistoryDays),
        to: range.lastDate,
        firstForecastDay: isoDay(first),
        category,
        channel: filters.channel ?? null,
        region: filters.region ?? null,
        carrier: filters.carrier ?? null,
      }),
    ]);
    // every cohort month that is complete (for any key): each key's rate is read from the latest of
    // them it sold in
    const completeMonths = [...new Set([...returnCohorts.values()].flatMap((cohorts) => [...cohorts.eventualCounts().keys()]))].sort();
    // per reverse carrier the sales are the shop's: key null (queries/forecast_sales.sql)
    const salesKey = (key: string | null) => (by === 'carrier' ? null : key);
    const soldByKey = groupedByKey(cohortSales, (row) => [row.cohortMonth, row.unitsSold]);
    const dailyByKey = groupedByKey(dailySales, (row) => [row.day, row.unitsSold]);
    const historyFrom = dayNumber(range.firstDate) - first;
    const random = new SeededRandom(drawsSeed);

    const series = [];
    const withoutForecast: { key: string | null; completeCohorts: number; reason: 'too_few_cohorts' | 'no_cohort_sales' }[] = [];
    for (const [key, cohorts] of returnCohorts) {
      const curve = cohorts.curve();
      if (!curve) {
        withoutForecast.push({ key, completeCohorts: cohorts.size, reason: 'too_few_cohorts' });
        continue;
      }
      const sold = soldByKey.get(salesKey(key));
      // the key's own latest complete months with sales: the shop's latest ones may be months a
      // seasonal key sold nothing in, and a rate over no sales would forecast 0 for want of data
      const rateMonths = completeMonths.filter((month) => (sold?.get(month) ?? 0) > 0).slice(-rateCohorts);
      if (rateMonths.length === 0) {
        withoutForecast.push({ key, completeCohorts: cohorts.size, reason: 'no_cohort_sales' });
        continue;
      }
      const returnsByMonth = cohorts.eventualCounts();
      const unitsByMonth = unitCohorts.get(key)?.eventualCounts() ?? new Map<string, number>();
      const recent = rateMonths.map((month) => ({ returns: returnsByMonth.get(month) ?? 0, units: unitsByMonth.get(month) ?? 0, sold: sold!.get(month)! }));
      const rates = ratesOf(recent);
      const model: KeyModel = {
        curve,
        curveDraws: cohorts.bootstrap(bootstrapDraws, random),
        ...rates,
        rateDraws: Array.from({ length: bootstrapDraws }, () => ratesOf(recent.map(() => recent[random.int(0, recent.length - 1)]!))),
      };
      const unitsByDay = dailyByKey.get(salesKey(key)) ?? new Map<number, number>();
      // only the sales young enough for the curve to still bring returns of
      const made: DailySales[] = [...unitsByDay].filter(([day]) => day >= -(model.curve.lastDay + 2)).map(([day, units]) => ({ day, units }));
      const toCome = salesToCome((day) => unitsByDay.get(day) ?? 0, historyFrom);
      const rows = forecastWeeksFor(model, made, toCome, random);
      series.push({
        key,
        completeCohorts: cohorts.size,
        rate: { ...rates, cohorts: rateMonths.length, firstCohort: rateMonths[0]!, lastCohort: rateMonths.at(-1)! },
        salesToCome: { method: toCome.method, dailyUnits: toCome.dailyUnits, yearOverYear: toCome.yearOverYear, pastTrials: toCome.pastMisses.length },
        rows: rows.map((row, week) => ({ ...weeks[week]!, ...row })),
      });
    }
    return {
      by,
      asOf: range.lastTimestamp,
      ignoredFilters: ignored,
      weeks,
      assumptions,
      series,
      withoutForecast,
      completeCohorts: completeMonths.length,
      unavailable: series.length === 0 ? ('too_few_cohorts' as const) : null,
    };
  }
}

/** Rows by their breakdown key, each key's as a map. */
function groupedByKey<Row extends { key: string | null }, K, V>(rows: readonly Row[], entry: (row: Row) => [K, V]): Map<string | null, Map<K, V>> {
  const byKey = new Map<string | null, Map<K, V>>();
  for (const row of rows) {
    const values = byKey.get(row.key) ?? new Map<K, V>();
    values.set(...entry(row));
    byKey.set(row.key, values);
  }
  return byKey;
}

/** Returns per unit sold and units per return over some cohorts, each with sales (0 units per return where none came back). */
function ratesOf(cohorts: readonly { returns: number; units: number; sold: number }[]) {
  const sum = (pick: (c: { returns: number; units: number; sold: number }) => number) => cohorts.reduce((total, c) => total + pick(c), 0);
  const [returns, units, sold] = [sum((c) => c.returns), sum((c) => c.units), sum((c) => c.sold)];
  return { returnsPerUnitSold: sold > 0 ? returns / sold : 0, unitsPerReturn: returns > 0 ? units / returns : 0 };
}
