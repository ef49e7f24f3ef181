// A rate from a handful of sales is mostly chance: one unit sold and returned is 100 %. Ranked
// with the others it tops the chart; it is ranked after them, and said to rest on few sales.

/** Below this many units sold a value's rate is ranked after the others (the Products page's flag asks as many). */
export const fewSalesUnits = 30;

/**
 * Values by rate, highest first, those with at least `fewSalesUnits` units sold before the rest;
 * each marked whether it rests on few sales.
 */
export function rankByRate<Row extends { unitsSold: number }>(rows: readonly Row[], rateOf: (row: Row) => number | null): Array<{ row: Row; fewSales: boolean }> {
  return rows
    .filter((row) => row.unitsSold > 0)
    .map((row) => ({ row, fewSales: row.unitsSold < fewSalesUnits }))
    .sort((a, b) => Number(a.fewSales) - Number(b.fewSales) || (rateOf(b.row) ?? -1) - (rateOf(a.row) ?? -1));
}
