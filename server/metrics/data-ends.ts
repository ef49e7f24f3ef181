// Where each table of the data ends, and whether the returns stop short of the orders: an
// export of returns imported before the orders' newest days. The alert checks judge at the
// returns' end then (docs/metrics.md, "Alerts"), and the dashboard says so (the dataset's
// `returnsLag`), for the returns still to import would read as a fall.

const dayMs = 86_400_000;

/** Where each table of the data ends and which import last brought it (queries/data_ends.sql, metric-queries.ts); null: none yet. */
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
