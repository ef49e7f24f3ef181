// The period a check judges: it ends on the data's latest day, never on the wall clock, so that an
// export from last March is judged as it stood then (docs/metrics.md, "Alerts").
import type { Period } from '../metrics/metric-filters.ts';

const dayMs = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The last `days` days of the data, its latest day included. */
export function trailingWindow(lastDate: string, days: number): Period {
  return { from: isoDay(Date.parse(`${lastDate}T00:00:00Z`) - (days - 1) * dayMs), to: lastDate };
}

/** The order month the data's latest day falls in, up to that day: the month still collecting. */
export function currentMonth(lastDate: string): Period {
  return { from: `${lastDate.slice(0, 7)}-01`, to: lastDate };
}

/** Where each table of the data ends and which import last brought it (server/alerts/sql/data_ends.sql); null: none yet. */
export interface DataEnds {
  ordersEnd: string | null;
  returnsEnd: string | null;
  lastOrdersImport: number | null;
  lastReturnsImport: number | null;
}

/** A day's last return often comes a little before its last order: that is no export behind. */
const returnsLagToleranceMs = dayMs;

/**
 * Where a check judges: the data's latest timestamp, unless the returns lag the orders (the last
 * import brought orders, not returns, and the returns stop more than a day before the orders).
 * Then at the returns' end, so that a window never holds orders whose returns were not imported
 * yet (they would read as a fall in returns), and with `returnsLag` set: what the services age or
 * mature against the data's end, which follows the orders, cannot be told until the returns come.
 * A shop whose returns are merely quiet, imported with or after its orders, is judged as usual.
 * Null when neither table has rows.
 */
export function judgedAt(ends: DataEnds): { lastTimestamp: string; returnsLag: boolean } | null {
  const { ordersEnd, returnsEnd } = ends;
  if (ordersEnd === null || returnsEnd === null) {
    const end = ordersEnd ?? returnsEnd;
    return end === null ? null : { lastTimestamp: end, returnsLag: false };
  }
  const returnsImportedLast = (ends.lastReturnsImport ?? 0) >= (ends.lastOrdersImport ?? 0);
  const behind = Date.parse(`${ordersEnd}Z`) - Date.parse(`${returnsEnd}Z`) > returnsLagToleranceMs;
  if (!returnsImportedLast && behind) return { lastTimestamp: returnsEnd, returnsLag: true };
  return { lastTimestamp: ordersEnd > returnsEnd ? ordersEnd : returnsEnd, returnsLag: false };
}
