// A rate from a handful of sales is mostly chance: one unit sold and returned is 100 %. Ranked
// with the others it tops the chart; it is ranked after them, and said to rest on few sales.
// A rate whose sales sit in the months still collecting returns far more than the others' has
// more of its returns still to come: set beside theirs it reads low (a carrier taken on last
// month below the one it replaced). It is ranked after them too, and said to be still collecting.

/** Below this many units sold a value's rate is ranked after the others (the Products page's flag asks as many). */
export const fewSalesUnits = 30;

/** How far above the shown values' share of units sold in open months a value's own share must be to be still collecting: 20 points. */
export const stillCollectingMargin = 0.2;

interface RankedRow {
  unitsSold: number;
  /** Units sold in the months still collecting returns. */
  unitsSoldOpen: number;
}

/**
 * Values by rate, highest first: those with at least `fewSalesUnits` units sold and sales no
 * younger than the others' first, then those still collecting, then those on few sales; each
 * marked so.
 */
export function rankByRate<Row extends RankedRow>(rows: readonly Row[], rateOf: (row: Row) => number | null): Array<{ row: Row; fewSales: boolean; stillCollecting: boolean }> {
  const sold = rows.reduce((sum, row) => sum + row.unitsSold, 0);
  const openShare = sold > 0 ? rows.reduce((sum, row) => sum + row.unitsSoldOpen, 0) / sold : 0;
  const place = (item: { fewSales: boolean; stillCollecting: boolean }) => (item.fewSales ? 2 : item.stillCollecting ? 1 : 0);
  return rows
    .filter((row) => row.unitsSold > 0)
    .map((row) => ({ row, fewSales: row.unitsSold < fewSalesUnits, stillCollecting: row.unitsSoldOpen / row.unitsSold - openShare >= stillCollectingMargin }))
    .sort((a, b) => place(a) - place(b) || (rateOf(b.row) ?? -1) - (rateOf(a.row) ?? -1));
}
