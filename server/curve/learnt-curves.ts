import type { DataRange } from '../metrics/metric-queries.ts';
import { agesAt } from '../metrics/metric-filters.ts';
import type { Database } from '../store/database.ts';
import { returnCurveQuery } from './curve-queries.ts';
import { CompleteCohorts, type CurveCount } from './return-curve.ts';

/** What a curve counts: requests, requested units, or the units or value the return rates count (not rejected). */
export type CurveMeasure = 'returns' | 'units' | 'acceptedUnits' | 'acceptedValue';

/** One curve per breakdown key: the shop's (key null), or each category's or reverse carrier's. */
export type CurveBreakdown = 'total' | 'category' | 'carrier';

/**
 * The complete cohorts of each breakdown key, as the data stands: the cohorts whose return window
 * (the policy's, or the learnt one if later) had closed by the data's latest timestamp.
 */
export async function learntCohorts(
  db: Database,
  range: DataRange,
  returnWindowDays: number,
  options: { by: CurveBreakdown; category: string | null; measure: CurveMeasure },
): Promise<Map<string | null, CompleteCohorts>> {
  if (!range.lastTimestamp) return new Map();
  const rows = await returnCurveQuery.run(db, {
    by: options.by,
    category: options.category,
    windowDays: returnWindowDays,
    learntWindowDays: range.learntWindowDays,
    lastTimestamp: agesAt(range),
  });
  const byKey = new Map<string | null, CurveCount[]>();
  for (const row of rows) {
    const counts = byKey.get(row.key) ?? [];
    counts.push({ cohortMonth: row.cohortMonth, day: row.day, count: row[options.measure] });
    byKey.set(row.key, counts);
  }
  return new Map([...byKey].map(([key, counts]) => [key, CompleteCohorts.from(counts)]));
}
